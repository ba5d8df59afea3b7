using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Candidates;

/// <summary>
/// Runs each organization's retention policy every <see cref="PrivacyOptions.RetentionInterval"/>. Safe on several
/// replicas: a run erases in one transaction per organization, and a candidate erased by one replica is no longer
/// expired for the other (its second attempt finds nothing to do). Logs what each run did; the trail has it too.
/// </summary>
public sealed partial class CandidateRetentionService(IServiceScopeFactory scopes, IOptions<PrivacyOptions> options, TimeProvider time,
    ILogger<CandidateRetentionService> logger) : BackgroundService
{
    /// <summary>One pass over every organization with a policy; returns what each did.</summary>
    public async Task<IReadOnlyList<RetentionReport>> RunOnceAsync(CancellationToken ct)
    {
        List<Guid> organizations;
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("retention"), Domain.Organizations.Organization.PlatformId);
            organizations = await scope.ServiceProvider.GetRequiredService<PanelistDbContext>().Organizations
                .Where(o => o.CandidateRetentionMonths != null).Select(o => o.Id).ToListAsync(ct);
        }

        var reports = new List<RetentionReport>();
        foreach (var organization in organizations)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("retention"), organization);
            var report = (await scope.ServiceProvider.GetRequiredService<CandidateRetention>().RunAsync(ct)).Unwrap();
            if (report.Expired > 0)
            {
                Ran(logger, organization, report.Erased, report.Held);
            }

            reports.Add(report);
        }

        return reports;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.RetentionInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed pass is logged and retried next interval; it must not stop the host.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Failed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(LogLevel.Information, "Retention in organization {Organization}: erased {Erased} candidate(s), {Held} kept by a legal hold.")]
    private static partial void Ran(ILogger logger, Guid organization, int erased, int held);

    [LoggerMessage(LogLevel.Error, "The retention pass failed; it runs again at the next interval.")]
    private static partial void Failed(ILogger logger, Exception exception);
}
