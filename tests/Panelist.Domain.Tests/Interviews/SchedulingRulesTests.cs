using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Interviews;

public sealed class SchedulingRulesTests
{
    [Fact]
    public async Task Schedule_books_the_interview_at_the_agreed_per_interview_rate_whatever_its_length()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.RequestInterviewAsync();

        var interview = ResultAssert.Succeeds(await world.TryScheduleAsync(interviewId, DomainWorld.Day(1), TimeSpan.FromMinutes(90)));

        Assert.Equal(InterviewStatus.Scheduled, interview.Status);
        Assert.Equal(world.AssignmentId, interview.AssignmentId);
        Assert.Equal(world.InterviewerId, interview.InterviewerId);
        Assert.Equal(DomainWorld.Day(1), interview.ScheduledStart);
        Assert.Equal(DomainWorld.Day(1, 11, 30), interview.ScheduledEnd);
        Assert.Equal(DomainWorld.CardPerInterviewRate, interview.Cost);
        Assert.Equal("USD", interview.Currency);
    }

    [Theory]
    [InlineData(90, 180)]
    [InlineData(45, 90)]
    [InlineData(50, 100)]
    public async Task Schedule_on_an_hourly_engagement_costs_the_hourly_rate_times_the_duration(int minutes, int expectedCost)
    {
        await using var world = await DomainWorld.CreateAsync();
        var hourly = await world.AddEngagementAsync(world.Details(model: PricingModel.Hourly));
        var interviewId = await world.RequestInterviewAsync(hourly);

        var interview = ResultAssert.Succeeds(await world.TryScheduleAsync(interviewId, DomainWorld.Day(2), TimeSpan.FromMinutes(minutes), hourly));

        Assert.Equal((decimal)expectedCost, interview.Cost);
    }

    [Fact]
    public async Task Schedule_on_an_hourly_engagement_rounds_the_cost_to_cents()
    {
        await using var world = await DomainWorld.CreateAsync();
        var engagementId = await world.AddActiveEngagementAsync(world.Details(model: PricingModel.Hourly));
        var interviewerId = await world.AddInterviewerAsync();
        Guid assignmentId;
        await using (var admin = world.AsClientAdmin())
        {
            assignmentId = ResultAssert.Succeeds(await admin.Get<AssignmentService>().InviteAsync(engagementId, interviewerId, 123.4567m)).Id;
        }

        await using (var interviewer = world.AsInterviewer(interviewerId))
        {
            ResultAssert.Succeeds(await interviewer.Get<AssignmentService>().AcceptAsync(assignmentId));
        }

        var client = new ClientEngagement(world.OrganizationId, engagementId, assignmentId);
        var interviewId = await world.RequestInterviewAsync(client);

        var interview = ResultAssert.Succeeds(await world.TryScheduleAsync(interviewId, DomainWorld.Day(2), TimeSpan.FromMinutes(50), client));

        Assert.Equal(102.88m, interview.Cost);
    }

    [Fact]
    public async Task Schedule_returns_CAPACITY_EXCEEDED_when_the_week_is_fully_booked()
    {
        await using var world = await DomainWorld.CreateAsync();
        var limited = await world.AddEngagementAsync(world.Details(weeklyCapacity: 2));
        await world.ScheduleInterviewAsync(DomainWorld.Day(1), client: limited);
        await world.ScheduleInterviewAsync(DomainWorld.Day(6, 18), client: limited);
        var third = await world.RequestInterviewAsync(limited);

        var error = ResultAssert.Refuses(await world.TryScheduleAsync(third, DomainWorld.Day(3), client: limited), ErrorCodes.CapacityExceeded);
        Assert.Contains("2030-01-07", error.Message, StringComparison.Ordinal);

        var nextWeek = ResultAssert.Succeeds(await world.TryScheduleAsync(third, DomainWorld.Day(7), client: limited));
        Assert.Equal(InterviewStatus.Scheduled, nextWeek.Status);
    }

    [Fact]
    public async Task Cancelling_an_interview_frees_its_place_in_the_week()
    {
        await using var world = await DomainWorld.CreateAsync();
        var limited = await world.AddEngagementAsync(world.Details(weeklyCapacity: 1));
        var first = await world.ScheduleInterviewAsync(DomainWorld.Day(1), client: limited);
        var second = await world.RequestInterviewAsync(limited);
        ResultAssert.Refuses(await world.TryScheduleAsync(second, DomainWorld.Day(2), client: limited), ErrorCodes.CapacityExceeded);

        await using (var scope = world.AsRecruiter())
        {
            ResultAssert.Succeeds(await scope.Get<InterviewService>().CancelAsync(first, "Candidate withdrew"));
        }

        ResultAssert.Succeeds(await world.TryScheduleAsync(second, DomainWorld.Day(2), client: limited));
    }

    [Fact]
    public async Task Schedule_returns_ASSIGNMENT_NOT_ACCEPTED_when_the_interviewer_is_only_invited()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewerId = await world.AddInterviewerAsync();
        var interviewId = await world.RequestInterviewAsync();
        await using var scope = world.AsRecruiter();
        var invited = ResultAssert.Succeeds(await scope.Get<AssignmentService>().InviteAsync(world.EngagementId, interviewerId, null));

        ResultAssert.Refuses(
            await scope.Get<InterviewService>().ScheduleAsync(interviewId, invited.Id, DomainWorld.Day(1), DomainWorld.Day(1, 11)),
            ErrorCodes.AssignmentNotAccepted);
    }

    [Fact]
    public async Task Schedule_returns_NOT_FOUND_for_an_assignment_of_another_engagement()
    {
        await using var world = await DomainWorld.CreateAsync();
        var other = await world.AddEngagementAsync(world.Details());
        var interviewId = await world.RequestInterviewAsync();
        await using var scope = world.AsRecruiter();

        ResultAssert.Refuses(
            await scope.Get<InterviewService>().ScheduleAsync(interviewId, other.AssignmentId, DomainWorld.Day(1), DomainWorld.Day(1, 11)),
            ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Schedule_and_Request_return_ENGAGEMENT_NOT_ACTIVE_while_the_engagement_is_paused()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.RequestInterviewAsync();
        await using (var scope = world.AsRecruiter())
        {
            ResultAssert.Succeeds(await scope.Get<EngagementService>().PauseAsync(world.EngagementId));
            ResultAssert.Refuses(
                await scope.Get<InterviewService>().RequestAsync(world.EngagementId, DomainWorld.NewCandidate(99)), ErrorCodes.EngagementNotActive);
        }

        ResultAssert.Refuses(await world.TryScheduleAsync(interviewId, DomainWorld.Day(1)), ErrorCodes.EngagementNotActive);

        await using (var scope = world.AsRecruiter())
        {
            ResultAssert.Succeeds(await scope.Get<EngagementService>().ResumeAsync(world.EngagementId));
        }

        ResultAssert.Succeeds(await world.TryScheduleAsync(interviewId, DomainWorld.Day(1)));
    }

    [Theory]
    [InlineData(0, 7, 60)]
    [InlineData(0, 8, 60)]
    [InlineData(1, 10, 0)]
    [InlineData(1, 10, 481)]
    public async Task Schedule_returns_INVALID_TIME_RANGE_for_a_past_start_or_an_impossible_length(int day, int hour, int minutes)
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.RequestInterviewAsync();

        ResultAssert.Refuses(
            await world.TryScheduleAsync(interviewId, DomainWorld.Day(day, hour), TimeSpan.FromMinutes(minutes)), ErrorCodes.InvalidTimeRange);
    }

    [Fact]
    public async Task Reschedule_moves_the_interview_into_a_slot_overlapping_its_old_one()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.ScheduleInterviewAsync(DomainWorld.Day(1));

        var moved = ResultAssert.Succeeds(await world.TryScheduleAsync(interviewId, DomainWorld.Day(1, 10, 30)));

        Assert.Equal(DomainWorld.Day(1, 10, 30), moved.ScheduledStart);
        var last = (await world.AuditEntriesAsync(world.OrganizationId))[^1];
        Assert.Equal("interview.rescheduled", last.Action);
        Assert.Equal(interviewId.ToString(), last.SubjectId);
    }

    [Fact]
    public async Task Complete_returns_INVALID_TRANSITION_before_the_start_and_completes_from_the_start_on()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.ScheduleInterviewAsync(DomainWorld.Day(1));
        await using var scope = world.AsRecruiter();
        var interviews = scope.Get<InterviewService>();

        ResultAssert.Refuses(await interviews.CompleteAsync(interviewId), ErrorCodes.InvalidTransition);

        world.Clock.SetUtcNow(DomainWorld.Day(1));
        var completed = ResultAssert.Succeeds(await interviews.CompleteAsync(interviewId));
        Assert.Equal(InterviewStatus.Completed, completed.Status);
        Assert.Equal(DomainWorld.Day(1), completed.CompletedAt);
        Assert.Equal(DomainWorld.CardPerInterviewRate, completed.Cost);
    }
}
