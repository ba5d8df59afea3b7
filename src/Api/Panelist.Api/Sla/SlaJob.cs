using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Panelist.Domain.Common;
using Panelist.Domain.Sla;

namespace Panelist.Api.Sla;

/// <summary>
/// Sends the SLA reminders and escalations every <see cref="SlaOptions.Interval"/>. Every replica runs it: each
/// notice is claimed by its unique <see cref="SlaNotice"/> row in the transaction that sends it, so a replica that
/// loses a race rolls back and moves on, and each notice goes out once.
/// </summary>
public sealed class SlaJob(IServiceScopeFactory scopes, IOptions<SlaOptions> options, TimeProvider time, ILogger<SlaJob> logger) : BackgroundService
{
    /// <summary>Names this replica in <see cref="SlaNotice.SentBy"/>.</summary>
    private readonly string _replica = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
    private int _rounds;

    /// <summary>Rounds finished so far (tests wait on it).</summary>
    public int CompletedRounds => Volatile.Read(ref _rounds);

    /// <summary>One pass over the due items; returns how many notices this replica sent. Also used by tests.</summary>
    public async Task<int> RunRoundAsync(CancellationToken ct)
    {
        try
        {
            IReadOnlyList<SlaDueItem> due;
            await using (var scope = SystemScope(null))
            {
                due = await scope.ServiceProvider.GetRequiredService<SlaWatcher>()
                    .DueItemsAsync(Clock.Now(time), options.Value.LateAfter, options.Value.BatchSize, ct);
            }

            var sent = 0;
            foreach (var item in due)
            {
                sent += await SendAsync(item, ct) ? 1 : 0;
            }

            return sent;
        }
        finally
        {
            Interlocked.Increment(ref _rounds);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // Made before the first await, so a test's clock that moves after the start still reaches this timer.
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The SLA round failed; the next round tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<bool> SendAsync(SlaDueItem item, CancellationToken ct)
    {
        await using var scope = SystemScope(item.OrganizationId);
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<SlaWatcher>().SendAsync(item, _replica, ct);
            if (!result.Succeeded)
            {
                logger.LogError("The SLA notice {Kind} for interview {InterviewId} was refused: {Reason}", item.Kind, item.InterviewId, result.Error!.Message);
                return false;
            }

            return result.Value;
        }
        catch (DbUpdateException)
        {
            // Another replica committed the same claim first: its notice is the one, ours rolled back.
            logger.LogDebug("The SLA notice {Kind} for interview {InterviewId} was sent by another replica", item.Kind, item.InterviewId);
            return false;
        }
    }

    private AsyncServiceScope SystemScope(Guid? organization)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("sla"), organization);
        return scope;
    }
}
