using Microsoft.Extensions.Options;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;

namespace Panelist.Api.Audits;

/// <summary>
/// Signs each organization's chain head every <see cref="AuditCheckpointOptions.CheckpointInterval"/> (and once at
/// start), only where it moved. Replicas may all run it: signing locks the head row, and (organization, sequence) is
/// unique, so each head gets one checkpoint.
/// </summary>
public sealed class AuditCheckpointSigner(IServiceScopeFactory scopes, IOptions<AuditCheckpointOptions> options, TimeProvider time,
    ILogger<AuditCheckpointSigner> logger, AuditSigningKeys keys) : BackgroundService
{
    private int _rounds;

    /// <summary>Rounds finished so far (tests wait on it).</summary>
    public int CompletedRounds => Volatile.Read(ref _rounds);

    /// <summary>Signs every moved head once; returns how many checkpoints this round made. Also used by tests.</summary>
    public async Task<int> SignRoundAsync(CancellationToken ct)
    {
        try
        {
            IReadOnlyList<Guid> moved;
            await using (var scope = SystemScope(null))
            {
                moved = await scope.ServiceProvider.GetRequiredService<AuditCheckpointService>().MovedHeadsAsync(ct);
            }

            var signed = 0;
            foreach (var organization in moved)
            {
                await using var scope = SystemScope(organization);
                var result = await scope.ServiceProvider.GetRequiredService<AuditCheckpointService>().SignIfMovedAsync(organization, ct);
                if (!result.Succeeded)
                {
                    logger.LogError("The audit chain of organization {OrganizationId} was not signed: {Reason}", organization, result.Error!.Message);
                }
                else if (result.Value is { } checkpoint)
                {
                    signed++;
                    logger.LogDebug("Signed the audit head {Sequence} of organization {OrganizationId} with {KeyId}", checkpoint.Sequence, organization,
                        keys.CurrentKeyId);
                }
            }

            return signed;
        }
        finally
        {
            Interlocked.Increment(ref _rounds);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.CheckpointsEnabled)
        {
            return;
        }

        // Made before the first await, so a test's clock that moves after the start still reaches this timer.
        using var timer = new PeriodicTimer(options.Value.CheckpointInterval, time);
        do
        {
            try
            {
                await SignRoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Signing audit checkpoints failed; the next round tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private AsyncServiceScope SystemScope(Guid? organization)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("audit-checkpoints"), organization);
        return scope;
    }
}
