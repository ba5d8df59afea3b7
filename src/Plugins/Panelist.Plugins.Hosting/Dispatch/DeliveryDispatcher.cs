using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;

namespace Panelist.Plugins.Hosting.Dispatch;

/// <summary>
/// The hosted service that drains the outbox: claims due deliveries in batches (competing safely with the
/// dispatchers of other replicas), attempts each through its connector, and settles the outcomes.
/// </summary>
public sealed class DeliveryDispatcher(IServiceScopeFactory scopes, PluginCatalog plugins, IOptions<DispatcherOptions> options,
    TimeProvider time, ILoggerFactory loggers, DispatcherMetrics metrics) : BackgroundService
{
    private readonly DispatcherOptions _options = options.Value;

    /// <summary>Runs one claim-attempt-settle round; returns how many deliveries it handled. Also used by tests and benchmarks.</summary>
    public async Task<int> DispatchOnceAsync(DeliveryAttempt attempt, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("dispatcher"), null);
        var ledger = scope.ServiceProvider.GetRequiredService<DeliveryLedger>();
        var policy = new RetryPolicy(_options.MaxAttempts, _options.BaseDelay, _options.MaxDelay);
        // Lag: how long the oldest claimed delivery had been due; outcomes are counted as the attempts finish.
        var claimedAt = Clock.Now(time);
        var oldestDue = TimeSpan.Zero;
        var gate = new Lock();
        var handled = await ledger.ProcessDueAsync(_options.BatchSize, policy, async (due, token) =>
        {
            lock (gate)
            {
                oldestDue = TimeSpan.FromTicks(Math.Max(oldestDue.Ticks, (claimedAt - due.Delivery.NextAttemptAt).Ticks));
            }

            var outcome = await attempt.RunAsync(due, token);
            metrics.Attempted(outcome);
            return outcome;
        }, ct);
        if (handled > 0)
        {
            metrics.Claimed(oldestDue);
        }

        return handled;
    }

    public DeliveryAttempt CreateAttempt(IServiceProvider services, HttpClient http) => new(plugins,
        services.GetRequiredService<ISecretProtector>(), http,
        new CircuitBreakers(_options.CircuitBreakerThreshold, _options.CircuitBreakerCooldown, time),
        scopes, loggers);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        var logger = loggers.CreateLogger<DeliveryDispatcher>();
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2), ConnectTimeout = TimeSpan.FromSeconds(10) })
        {
            Timeout = _options.HttpTimeout,
        };
        await using var root = scopes.CreateAsyncScope();
        var attempt = CreateAttempt(root.ServiceProvider, http);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DispatchOnceAsync(attempt, stoppingToken) == 0)
                {
                    await Task.Delay(_options.PollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed round (database down, say) must not stop the dispatcher; the rows stay pending.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "A dispatch round failed; its deliveries stay pending");
                await Task.Delay(_options.PollInterval, time, stoppingToken);
            }
        }
    }
}
