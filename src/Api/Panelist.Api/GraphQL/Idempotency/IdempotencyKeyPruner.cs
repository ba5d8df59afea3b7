using Panelist.Domain.Idempotency;

namespace Panelist.Api.GraphQL.Idempotency;

/// <summary>Forgets keys past <see cref="IdempotencyRecord.Retention"/> once an hour (a key is also renewed lazily when reused).</summary>
public sealed class IdempotencyKeyPruner(IServiceScopeFactory scopes, ILogger<IdempotencyKeyPruner> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var pruned = await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().PruneAsync(stoppingToken);
                logger.LogDebug("Pruned {Rows} idempotency key rows", pruned);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Pruning idempotency keys failed; the next pass tries again");
            }
        }
    }
}
