using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Panelist.Domain.Persistence;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Candidates;

/// <summary>The organization's retention policy on a fake clock: what expired is erased, what is recent or held stays.</summary>
public sealed class RetentionTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Retention_erases_candidates_whose_last_interview_is_older_than_the_policy_and_keeps_recent_and_held_ones(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DomainWorld.Start);
        await using var world = await DomainWorld.CreateAsync(provider, clock);
        Guid old, held, recent;
        await using (var recruiter = world.AsRecruiter())
        {
            var interviews = recruiter.Get<InterviewService>();
            old = (await interviews.RequestAsync(world.EngagementId, DomainWorld.NewCandidate(901))).Unwrap().CandidateId!.Value;
            held = (await interviews.RequestAsync(world.EngagementId, DomainWorld.NewCandidate(902))).Unwrap().CandidateId!.Value;
        }

        clock.Advance(TimeSpan.FromDays(200));
        await using (var recruiter = world.AsRecruiter())
        {
            recent = (await recruiter.Get<InterviewService>().RequestAsync(world.EngagementId, DomainWorld.NewCandidate(903))).Unwrap().CandidateId!.Value;
        }

        await using (var admin = world.AsClientAdmin())
        {
            var candidates = admin.Get<CandidateService>();
            ResultAssert.Succeeds(await candidates.SetRetentionAsync(6));
            ResultAssert.Succeeds(await candidates.PlaceHoldAsync(held, null, "Litigation 2030-1"));
        }

        // Nothing runs by itself here: a pass is what the hosted job does each interval.
        RetentionReport report;
        await using (var system = world.Database.AsSystem(world.OrganizationId))
        {
            report = (await system.Get<CandidateRetention>().RunAsync()).Unwrap();
        }

        Assert.Equal((6, 2, 1, 1), (report.RetentionMonths!.Value, report.Expired, report.Erased, report.Held));
        await using var read = world.Database.AsSystem(world.OrganizationId);
        var erased = await read.Db.Candidates.AsNoTracking().Where(c => c.ErasedAt != null).Select(c => c.Id).ToListAsync();
        Assert.Equal([old], erased);
        Assert.False(await read.Db.CandidateKeys.AnyAsync(k => k.CandidateId == old));
        Assert.True(await read.Db.CandidateKeys.AnyAsync(k => k.CandidateId == held));
        Assert.True(await read.Db.CandidateKeys.AnyAsync(k => k.CandidateId == recent));
        Assert.True(await read.Db.AuditEntries.AnyAsync(e => e.Action == "retention.ran"));

        // A second pass finds nothing new to do: a replica running at the same time erases nothing twice.
        await using var again = world.Database.AsSystem(world.OrganizationId);
        var second = (await again.Get<CandidateRetention>().RunAsync()).Unwrap();
        Assert.Equal((1, 0, 1), (second.Expired, second.Erased, second.Held));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Without_a_policy_nothing_expires_and_only_admins_set_one(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await using (var recruiter = world.AsRecruiter())
        {
            ResultAssert.Refuses(await recruiter.Get<CandidateService>().SetRetentionAsync(6), ErrorCodes.Forbidden);
        }

        await using (var admin = world.AsClientAdmin())
        {
            ResultAssert.Refuses(await admin.Get<CandidateService>().SetRetentionAsync(0), ErrorCodes.ValidationFailed);
        }

        await using var system = world.Database.AsSystem(world.OrganizationId);
        var report = (await system.Get<CandidateRetention>().RunAsync()).Unwrap();
        Assert.Equal((null, 0), (report.RetentionMonths, report.Erased));
    }
}
