using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Plugins.Hosting.Calling;

namespace Panelist.Plugins.Hosting.Dispatch;

/// <summary>
/// The hosted service that drains the outbox: claims due deliveries under a lease (competing safely with the
/// dispatchers of other replicas), attempts each through its connector with no transaction open, settles the
/// outcomes, and now and then prunes old delivered rows.
/// </summary>
public sealed class DeliveryDispatcher(IServiceScopeFactory scopes, PluginCatalog plugins, ConnectorCaller caller, IOptions<DispatcherOptions> options,
    TimeProvider time, ILoggerFactory loggers, DispatcherMetrics metrics) : BackgroundService
{
    private readonly DispatcherOptions _options = options.Value;

    /// <summary>Who holds the leases this dispatcher takes: unique per process and start, readable in the database.</summary>
    public string Owner { get; } = BoundedText.Fit($"{Guid.NewGuid():N}@{Environment.MachineName}:{Environment.ProcessId}", 100);

    /// <summary>Runs one claim-call-settle round; returns how many deliveries it handled. Also used by tests and benchmarks.</summary>
    public async Task<int> DispatchOnceAsync(DeliveryAttempt attempt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("dispatcher"), null);
        var ledger = scope.ServiceProvider.GetRequiredService<DeliveryLedger>();
        var policy = new RetryPolicy(_options.MaxAttempts, _options.BaseDelay, _options.MaxDelay)
        {
            CircuitThreshold = _options.CircuitBreakerThreshold,
            CircuitCooldown = _options.CircuitBreakerCooldown,
        };
        // Lag: how long the oldest claimed delivery had been due; outcomes are counted as the attempts finish.
        var claimedAt = Clock.Now(time);
        var oldestDue = TimeSpan.Zero;
        var gate = new Lock();
        var handled = await ledger.ProcessDueAsync(Owner, _options.BatchSize, _options.LeaseDuration, policy, async (due, token) =>
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

    /// <summary>Deletes delivered rows older than <see cref="DispatcherOptions.RetainDelivered"/>; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("dispatcher"), null);
        return await scope.ServiceProvider.GetRequiredService<DeliveryLedger>().PruneAsync(Clock.Now(time) - _options.RetainDelivered, ct);
    }

    /// <summary>An attempt for one running dispatcher; the circuits it respects are the database's, shared by every replica.</summary>
    public DeliveryAttempt CreateAttempt() =>
        new(caller, plugins, new CircuitBreakers(scopes, _options.CircuitBreakerCooldown, _options.BaseDelay, time), _options);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        var logger = loggers.CreateLogger<DeliveryDispatcher>();
        var attempt = CreateAttempt();
        var nextPrune = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (time.GetUtcNow() >= nextPrune)
                {
                    nextPrune = time.GetUtcNow() + _options.PruneInterval;
                    var pruned = await PruneAsync(stoppingToken);
                    logger.LogInformation("Pruned {Count} delivered rows older than {Retention}", pruned, _options.RetainDelivered);
                }

                if (await DispatchOnceAsync(attempt, stoppingToken) == 0)
                {
                    await Task.Delay(_options.PollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed round (database down, say) must not stop the dispatcher; claimed rows come back when their lease expires.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "A dispatch round failed; its deliveries are claimed again when their lease expires");
                await Task.Delay(_options.PollInterval, time, stoppingToken);
            }
        }
    }
}
