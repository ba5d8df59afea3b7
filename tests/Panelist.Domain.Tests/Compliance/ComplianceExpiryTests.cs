using Microsoft.Extensions.Time.Testing;
using Panelist.Domain.Common;
using Panelist.Domain.Compliance;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Compliance;

/// <summary>
/// Lapses are evaluated when they are used, against the clock: the world's interviewer has a contract
/// until Start + 365 days and a certification until Start + 180 days. No job has to run.
/// </summary>
public sealed class ComplianceExpiryTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_contract_warns_ahead_of_time_and_once_it_lapses_the_interviewer_is_out_of_assignment_and_booking(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DomainWorld.Start);
        await using var world = await DomainWorld.CreateAsync(provider, clock);
        var interviewId = await world.RequestInterviewAsync();
        await using (var scope = world.AsPlatform())
        {
            ResultAssert.Succeeds(await scope.Get<InterviewerService>().RecordContractAsync(world.InterviewerId, world.Now.AddDays(-30), world.Now.AddDays(40), world.Now.AddDays(-30)));
        }

        clock.Advance(TimeSpan.FromDays(25));
        var ahead = Assert.Single(await WarningsAsync(world, 30), x => x.Kind is ComplianceWarningKind.ContractExpiring or ComplianceWarningKind.ContractExpired);
        Assert.Equal((ComplianceWarningKind.ContractExpiring, 15), (ahead.Kind, ahead.DaysLeft));
        Assert.DoesNotContain(await WarningsAsync(world, 10), x => x.Kind == ComplianceWarningKind.ContractExpiring);
        ResultAssert.Succeeds(await world.TryScheduleAsync(await world.RequestInterviewAsync(), world.Now.AddDays(1)));

        clock.Advance(TimeSpan.FromDays(16));
        var lapsed = Assert.Single(await WarningsAsync(world, 30), x => x.Kind == ComplianceWarningKind.ContractExpired);
        Assert.Equal(-1, lapsed.DaysLeft);
        var booking = ResultAssert.Refuses(await world.TryScheduleAsync(interviewId, world.Now.AddDays(1)), ErrorCodes.InterviewerNotCompliant);
        Assert.StartsWith("The interviewer's contract expired at 2030-02-16", booking.Message, StringComparison.Ordinal);
        await using var recruiter = world.AsRecruiter();
        ResultAssert.Refuses(await recruiter.Get<AssignmentService>().InviteAsync(world.EngagementId, world.InterviewerId, null), ErrorCodes.InterviewerNotCompliant);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_lapsed_certification_is_warned_and_refuses_booking_with_the_lapse_time(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DomainWorld.Start);
        await using var world = await DomainWorld.CreateAsync(provider, clock);
        var interviewId = await world.RequestInterviewAsync();
        await using (var scope = world.AsPlatform())
        {
            ResultAssert.Succeeds(await scope.Get<InterviewerService>().CertifyAsync(world.InterviewerId, world.RubricId, world.Now.AddDays(-10), world.Now.AddDays(40)));
        }

        clock.Advance(TimeSpan.FromDays(20));
        var expiring = Assert.Single(await WarningsAsync(world, 30), x => x.Kind == ComplianceWarningKind.CertificationExpiring);
        Assert.Equal((world.RubricId, 20), (expiring.RubricId, expiring.DaysLeft));
        clock.Advance(TimeSpan.FromDays(21));

        Assert.Contains(await WarningsAsync(world, 30), x => x.Kind == ComplianceWarningKind.CertificationExpired);
        var error = ResultAssert.Refuses(await world.TryScheduleAsync(interviewId, world.Now.AddDays(1)), ErrorCodes.InterviewerNotCertified);
        Assert.Contains("lapsed at 2030-02-16", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<ComplianceWarning>> WarningsAsync(DomainWorld world, int days)
    {
        await using var scope = world.AsPlatform();
        return await ComplianceWarnings.ForAsync(scope.Db, scope.Db.Interviewers.Where(i => i.Id == world.InterviewerId), world.Now, days, default);
    }
}
