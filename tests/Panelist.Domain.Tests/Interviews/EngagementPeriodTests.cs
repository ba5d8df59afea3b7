using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Interviews;

/// <summary>Interviews are held within their engagement's period (startsAt to endsAt); a requested interview already has the engagement's currency.</summary>
public sealed class EngagementPeriodTests
{
    [Fact]
    public async Task Schedule_returns_OUTSIDE_ENGAGEMENT_PERIOD_for_a_start_after_the_engagement_ends()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.RequestInterviewAsync();

        // The world's engagement runs 90 days from its start.
        var error = ResultAssert.Refuses(await world.TryScheduleAsync(interviewId, DomainWorld.Day(120)), ErrorCodes.OutsideEngagementPeriod);

        Assert.Equal("scheduledStart", error.Field);
        await AssertStillRequestedAsync(world, interviewId);
    }

    [Fact]
    public async Task Schedule_returns_OUTSIDE_ENGAGEMENT_PERIOD_for_a_slot_running_past_the_end()
    {
        await using var world = await DomainWorld.CreateAsync();
        var end = world.Now.AddDays(90);
        var interviewId = await world.RequestInterviewAsync();

        var error = ResultAssert.Refuses(await world.TryScheduleAsync(interviewId, end.AddMinutes(-30)), ErrorCodes.OutsideEngagementPeriod);

        Assert.Equal("scheduledEnd", error.Field);
        ResultAssert.Succeeds(await world.TryScheduleAsync(interviewId, end.AddHours(-1)));
    }

    [Fact]
    public async Task Schedule_returns_OUTSIDE_ENGAGEMENT_PERIOD_before_the_engagement_starts()
    {
        await using var world = await DomainWorld.CreateAsync();
        var later = await world.AddEngagementAsync(world.Details() with { StartsAt = world.Now.AddDays(10), EndsAt = world.Now.AddDays(40) });
        var interviewId = await world.RequestInterviewAsync(later);

        var error = ResultAssert.Refuses(await world.TryScheduleAsync(interviewId, DomainWorld.Day(3), client: later), ErrorCodes.OutsideEngagementPeriod);

        Assert.Equal("scheduledStart", error.Field);
        ResultAssert.Succeeds(await world.TryScheduleAsync(interviewId, world.Now.AddDays(10), client: later));
    }

    [Fact]
    public async Task Request_gives_the_interview_the_engagement_currency_before_it_is_scheduled()
    {
        await using var world = await DomainWorld.CreateAsync();
        var euros = await world.AddActiveEngagementAsync(world.Details(currency: "EUR"));
        await using var scope = world.AsRecruiter();

        var interview = ResultAssert.Succeeds(await scope.Get<InterviewService>().RequestAsync(euros, DomainWorld.NewCandidate(900)));

        Assert.Equal((InterviewStatus.Requested, "EUR", 0m), (interview.Status, interview.Currency, interview.Cost));
        await using var read = world.AsRecruiter();
        Assert.Equal("EUR", (await read.Db.Interviews.FindAsync(interview.Id))!.Currency);
    }

    private static async Task AssertStillRequestedAsync(DomainWorld world, Guid interviewId)
    {
        await using var read = world.AsRecruiter();
        var stored = (await read.Db.Interviews.FindAsync(interviewId))!;
        Assert.Equal((InterviewStatus.Requested, null), (stored.Status, stored.ScheduledStart));
    }
}
