using Microsoft.Extensions.Options;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Notifications;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Notifications;

/// <summary>
/// Drains <see cref="NotificationDelivery"/> rows: claims due ones under a lease (safe across replicas), sends each with no
/// transaction open (SMTP or a signed webhook), settles the outcome with backoff and a dead letter after the last attempt.
/// </summary>
public sealed class NotificationDispatcher(IServiceScopeFactory scopes, SmtpMailSender mail, WebhookSender webhooks, IOptions<NotificationOptions> options,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    private readonly NotificationOptions _options = options.Value;

    public string Owner { get; } = BoundedText.Fit($"notifications-{Guid.NewGuid():N}@{Environment.MachineName}", 100);

    /// <summary>One claim-send-settle round; returns how many rows it handled. Tests call it directly.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("notifications"), null);
        var ledger = scope.ServiceProvider.GetRequiredService<NotificationLedger>();
        var db = scope.ServiceProvider.GetRequiredService<PanelistDbContext>();
        var policy = new RetryPolicy(_options.MaxAttempts, _options.BaseDelay, _options.MaxDelay);
        var claimed = await ledger.ClaimAsync(Owner, _options.BatchSize, _options.LeaseDuration, ct);
        foreach (var delivery in claimed)
        {
            var error = await SendAsync(db, delivery, ct);
            await ledger.SettleAsync(Owner, delivery.Id, error, policy, ct);
        }

        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DispatchOnceAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A database hiccup must not stop the dispatcher for good; the next round tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogWarning(e, "A notification dispatch round failed");
            }

            await Task.Delay(_options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<string?> SendAsync(PanelistDbContext db, NotificationDelivery delivery, CancellationToken ct)
    {
        try
        {
            if (delivery.Channel == NotificationChannel.Webhook)
            {
                return await webhooks.SendAsync(db, delivery, ct);
            }

            await mail.SendAsync(delivery, ct);
            return null;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever went wrong is the delivery's last error, visible in the row.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
