using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.Sla;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Notifications;
using Panelist.Domain.Persistence;
using Panelist.Domain.Sla;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.CandidateExperience;

/// <summary>
/// The SLA job on a fake clock: a reminder at the scorecard's due time, an escalation (and the breach) when it is late,
/// the scheduling window likewise, each exactly once even when two replicas run their rounds at the same moment.
/// </summary>
public sealed class SlaJobTests
{
    private static readonly TimeSpan Due = TimeSpan.FromHours(ExperienceWorld.FeedbackWithinHours);
    private static readonly TimeSpan LateAfter = TimeSpan.FromHours(2);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_late_scorecard_is_reminded_once_and_escalated_once_across_two_replicas(DatabaseProvider provider)
    {
        await using var world = await ExperienceWorld.CreateAsync(provider);
        var interviewId = await world.CompletedAsync();
        var second = world.AddReplica();
        var jobs = new[] { world.Api, second }.Select(api => api.Services.GetRequiredService<SlaJob>()).ToArray();

        Assert.Equal(0, await RaceAsync(jobs));
        // The interview has just ended; the scorecard is due 24 hours after the end.
        world.Clock.Advance(Due - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await RaceAsync(jobs));
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await RaceAsync(jobs));
        Assert.Equal(0, await RaceAsync(jobs));
        world.Clock.Advance(LateAfter);
        Assert.Equal(1, await RaceAsync(jobs));
        world.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await RaceAsync(jobs));

        var notices = await NoticesAsync(world);
        Assert.Equal([SlaNoticeKind.ScorecardDue, SlaNoticeKind.ScorecardLate], notices.Select(n => n.Kind).Order());
        var actions = await ActionsAsync(world);
        Assert.Equal(1, actions.Count(a => a == "sla.reminder_sent"));
        Assert.Equal(1, actions.Count(a => a == "sla.late_notice_sent"));
        Assert.Equal(1, actions.Count(a => a == "sla.escalated"));
        // The interviewer is told in-app (a default channel) once per notice, despite the race.
        var told = await NotificationsAsync(world);
        Assert.Equal(1, told.Count(n => n.EventKind == NotificationEventKind.ScorecardDue && n.RecipientKey.StartsWith("interviewer:", StringComparison.Ordinal)));
        Assert.Equal(1, told.Count(n => n.EventKind == NotificationEventKind.ScorecardLate && n.RecipientKey.StartsWith("interviewer:", StringComparison.Ordinal)));

        var recruiter = world.Recruiter;
        var interview = (await recruiter.Query("query($id: ID!) { interview(id: $id) { scorecardDueAt scorecardBreachedAt scheduledEnd } }",
            new { id = interviewId })).GetProperty("interview");
        Assert.Equal(interview.Instant("scheduledEnd") + Due, interview.Instant("scorecardDueAt"));
        Assert.Equal(interview.Instant("scorecardDueAt") + LateAfter, interview.Instant("scorecardBreachedAt"), TimeSpan.FromSeconds(1));
        var interviewer = world.Interviewer;
        var sla = (await interviewer.Query("{ viewer { interviewer { scorecardSla { onTime late open breached } } } }")).At("viewer.interviewer.scorecardSla");
        Assert.Equal((0, 1, 0, 1), (sla.Number("onTime"), sla.Number("late"), sla.Number("open"), sla.Number("breached")));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_scorecard_submitted_in_time_is_never_reminded_and_counts_as_on_time(DatabaseProvider provider)
    {
        await using var world = await ExperienceWorld.CreateAsync(provider);
        var interviewId = await world.CompletedAsync();
        await world.SubmitScorecardAsync(interviewId);
        var job = world.Api.Services.GetRequiredService<SlaJob>();
        world.Clock.Advance(Due + LateAfter + TimeSpan.FromHours(1));

        Assert.Equal(0, await job.RunRoundAsync(default));
        Assert.Empty(await NoticesAsync(world));
        var interviewer = world.Interviewer;
        var sla = (await interviewer.Query("{ viewer { interviewer { scorecardSla { onTime late open breached } } } }")).At("viewer.interviewer.scorecardSla");
        Assert.Equal((1, 0, 0, 0), (sla.Number("onTime"), sla.Number("late"), sla.Number("open"), sla.Number("breached")));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_interview_unscheduled_past_its_window_escalates_once_with_the_breach_recorded(DatabaseProvider provider)
    {
        await using var world = await ExperienceWorld.CreateAsync(provider);
        var waiting = await world.RequestAsync();
        var booked = await world.ScheduledAsync(TimeSpan.FromDays(1));
        var jobs = new[] { world.Api, world.AddReplica() }.Select(api => api.Services.GetRequiredService<SlaJob>()).ToArray();

        world.Clock.Advance(TimeSpan.FromDays(ExperienceWorld.ScheduleWithinDays) - TimeSpan.FromMinutes(5));
        Assert.Equal(0, await RaceAsync(jobs));
        world.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, await RaceAsync(jobs));
        Assert.Equal(0, await RaceAsync(jobs));

        var notice = Assert.Single(await NoticesAsync(world));
        Assert.Equal((SlaNoticeKind.SchedulingLate, ExperienceWorld.Key(waiting)), (notice.Kind, notice.InterviewId));
        var recruiter = world.Recruiter;
        var data = await recruiter.Query("""
            query($waiting: ID!, $booked: ID!) {
              waiting: interview(id: $waiting) { requestedAt schedulingDueAt schedulingBreachedAt }
              booked: interview(id: $booked) { schedulingBreachedAt }
            }
            """, new { waiting, booked });
        Assert.Equal(data.Instant("waiting.requestedAt").AddDays(ExperienceWorld.ScheduleWithinDays), data.Instant("waiting.schedulingDueAt"));
        Assert.False(data.IsNull("waiting.schedulingBreachedAt"));
        Assert.True(data.IsNull("booked.schedulingBreachedAt"));
        Assert.Equal(1, (await ActionsAsync(world)).Count(a => a == "sla.escalated"));
    }

    /// <summary>Both replicas run two rounds at once; returns how many notices they sent together.</summary>
    private static async Task<int> RaceAsync(SlaJob[] jobs) =>
        (await Task.WhenAll(jobs.SelectMany(j => new[] { j.RunRoundAsync(default), j.RunRoundAsync(default) }))).Sum();

    private static async Task<List<SlaNotice>> NoticesAsync(ExperienceWorld world)
    {
        await using var scope = world.Database.AsSystem(world.OrganizationId);
        return await scope.Db.SlaNotices.AsNoTracking().ToListAsync();
    }

    private static async Task<List<Notification>> NotificationsAsync(ExperienceWorld world)
    {
        await using var scope = world.Database.AsSystem(world.OrganizationId);
        return await scope.Db.Notifications.IgnoreQueryFilters().AsNoTracking().Where(n => n.OrganizationId == world.OrganizationId).ToListAsync();
    }

    private static async Task<List<string>> ActionsAsync(ExperienceWorld world)
    {
        await using var scope = world.Database.AsSystem(world.OrganizationId);
        return await scope.Db.AuditEntries.AsNoTracking().Where(e => e.OrganizationId == world.OrganizationId).Select(e => e.Action).ToListAsync();
    }
}
