using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Integrations;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Plugins.Sdk.Events;
using Panelist.Testing.Databases;
using Panelist.Testing.Events;
using DomainActor = Panelist.Domain.Common.Actor;
using SdkEvent = Panelist.Plugins.Sdk.Events.IntegrationEvent;

namespace Panelist.Domain.Tests.Integrations;

/// <summary>
/// The SDK 1.1 fields as a connector receives them: each stored payload is read back as the dispatcher reads it
/// (the SDK's base event type, web JSON), on both providers.
/// </summary>
public sealed class SdkEventFieldsTests
{
    private static readonly JsonSerializerOptions SdkJson = new(JsonSerializerDefaults.Web);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_scheduled_interview_names_the_interviewer_by_id_and_time_zone_the_engagement_and_its_ATS_stage(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var client = await world.AddEngagementAsync(world.Details() with
        {
            AtsStageId = "stage-7", AtsInterviewTypeId = "type-technical", AtsHiringPlanInterviewId = "plan-interview-12",
        });
        await InstallAsync(world, [.. IntegrationEventTypes.All]);

        var interviewId = await world.ScheduleInterviewAsync(DomainWorld.Day(2), client: client);

        var scheduled = Assert.IsType<InterviewScheduled>(Assert.Single(await EventsAsync(world)));
        Assert.Equal((world.InterviewerId, "Europe/London", "Backend hiring"), (scheduled.InterviewerId!.Value, scheduled.InterviewerTimeZone, scheduled.EngagementTitle));
        Assert.Equal(new AtsReferences
        {
            JobId = "job-42", CandidateId = "ats-candidate-1", ApplicationId = "ats-application-1",
            StageId = "stage-7", InterviewTypeId = "type-technical", HiringPlanInterviewId = "plan-interview-12",
        }, scheduled.Ats);
        Assert.Equal((interviewId, 1L, 2), (scheduled.InterviewId, scheduled.Sequence, scheduled.SchemaVersion));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Sequence_increases_per_subject_the_interview_or_the_engagement(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await InstallAsync(world, [.. IntegrationEventTypes.All]);
        var first = await world.ScheduleInterviewAsync(DomainWorld.Day(2));
        var second = await world.ScheduleInterviewAsync(DomainWorld.Day(3));
        await using (var recruiter = world.AsRecruiter())
        {
            (await recruiter.Get<InterviewService>().ScheduleAsync(first, world.AssignmentId, DomainWorld.Day(4), DomainWorld.Day(4, 11))).Unwrap();
        }

        await world.AssignAsync(world.EngagementId, await world.AddInterviewerAsync());
        await using (var recruiter = world.AsRecruiter())
        {
            (await recruiter.Get<EngagementService>().CloseAsync(world.EngagementId, "Role filled")).Unwrap();
        }

        var events = await EventsAsync(world);
        Assert.Equal([(IntegrationEventTypes.InterviewScheduled, 1L), (IntegrationEventTypes.InterviewRescheduled, 2L), (IntegrationEventTypes.InterviewCancelled, 3L)],
            events.Where(e => Outbox.SubjectOf(e) == first).Select(e => (e.EventType, e.Sequence)));
        Assert.Equal([(IntegrationEventTypes.InterviewScheduled, 1L), (IntegrationEventTypes.InterviewCancelled, 2L)],
            events.Where(e => Outbox.SubjectOf(e) == second).Select(e => (e.EventType, e.Sequence)));
        Assert.Equal([(IntegrationEventTypes.InterviewerAssigned, 1L), (IntegrationEventTypes.EngagementClosed, 2L)],
            events.Where(e => Outbox.SubjectOf(e) == world.EngagementId).Select(e => (e.EventType, e.Sequence)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Concurrent_writers_about_one_subject_get_distinct_consecutive_sequences(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await InstallAsync(world, [IntegrationEventTypes.InterviewCancelled]);
        var subject = Guid.CreateVersion7();
        var start = DateTimeOffset.UtcNow.AddDays(3);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(async n =>
        {
            await using var scope = world.AsRecruiter();
            var outbox = scope.Get<Outbox>();
            (await scope.Get<UnitOfWork>().ExecuteAsync(() =>
            {
                outbox.Raise(TestEvents.About(IntegrationEventTypes.InterviewCancelled, world.OrganizationId, subject, n, start));
                return Task.FromResult(n);
            }, default)).Unwrap();
        }));

        Assert.Equal(Enumerable.Range(1, 8).Select(n => (long)n), (await EventsAsync(world)).Select(e => e.Sequence).Order());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_reschedule_to_another_interviewer_names_the_previous_one_and_a_plain_reschedule_does_not(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var other = await world.AddInterviewerAsync();
        var otherAssignment = await world.AssignAsync(world.EngagementId, other);
        var interviewId = await world.ScheduleInterviewAsync(DomainWorld.Day(2));
        await InstallAsync(world, [IntegrationEventTypes.InterviewRescheduled]);

        await using (var recruiter = world.AsRecruiter())
        {
            var interviews = recruiter.Get<InterviewService>();
            (await interviews.ScheduleAsync(interviewId, otherAssignment, DomainWorld.Day(3), DomainWorld.Day(3, 11))).Unwrap();
            (await interviews.ScheduleAsync(interviewId, otherAssignment, DomainWorld.Day(4), DomainWorld.Day(4, 11))).Unwrap();
        }

        var reschedules = (await EventsAsync(world)).Cast<InterviewRescheduled>().OrderBy(e => e.Sequence).ToList();
        Assert.Equal([(other, world.InterviewerId), (other, (Guid?)null)], reschedules.Select(e => (e.InterviewerId!.Value, e.PreviousInterviewerId)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_actor_is_the_staff_person_with_their_email_the_interviewer_without_one_or_the_system(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await InstallAsync(world, [.. IntegrationEventTypes.All]);
        var staffed = await world.RequestInterviewAsync();
        var bySystem = await world.ScheduleInterviewAsync(DomainWorld.Day(3));
        await using (var pat = world.Database.Scope(DomainActor.User("oidc|pat", Role.Recruiter, "pat@acme.example"), world.OrganizationId))
        {
            (await pat.Get<InterviewService>().ScheduleAsync(staffed, world.AssignmentId, DomainWorld.Day(2), DomainWorld.Day(2, 11))).Unwrap();
        }

        await using (var system = world.Database.AsSystem(world.OrganizationId))
        {
            (await system.Get<InterviewService>().CancelAsync(bySystem, "Slot released by the scheduler")).Unwrap();
        }

        world.Clock.SetUtcNow(DomainWorld.Day(2, 12));
        await using (var interviewer = world.AsInterviewer())
        {
            (await interviewer.Get<InterviewService>().CompleteAsync(staffed)).Unwrap();
        }

        var events = await EventsAsync(world);
        Assert.Equal(new Plugins.Sdk.Events.Actor { Kind = ActorKind.Staff, Email = "pat@acme.example" },
            events.Single(e => e is InterviewScheduled s && s.InterviewId == staffed).Actor);
        Assert.Equal(new Plugins.Sdk.Events.Actor { Kind = ActorKind.System }, events.OfType<InterviewCancelled>().Single().Actor);
        Assert.Equal(new Plugins.Sdk.Events.Actor { Kind = ActorKind.Interviewer }, events.OfType<InterviewCompleted>().Single().Actor);
    }

    [Fact]
    public async Task Scorecard_events_carry_the_rubric_version_and_name_and_no_payload_carries_a_candidate_or_interviewer_email()
    {
        await using var world = await DomainWorld.CreateAsync();
        await InstallAsync(world, [.. IntegrationEventTypes.All]);
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(2));
        (await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(design: 3, coding: 4))).Unwrap();
        await using (var interviewer = world.AsInterviewer())
        {
            (await interviewer.Get<Domain.Scorecards.ScorecardService>().AmendAsync(interviewId, DomainWorld.Ratings(design: 4, coding: 4), "Recalibrated")).Unwrap();
        }

        var scorecards = (await EventsAsync(world)).OfType<ScorecardEvent>().ToList();
        Assert.Equal([(world.RubricVersionId, "Backend engineer", world.InterviewerId), (world.RubricVersionId, "Backend engineer", world.InterviewerId)],
            scorecards.Select(s => (s.RubricVersionId!.Value, s.RubricName, s.InterviewerId!.Value)));
        await using var scope = world.AsClientAdmin();
        var payloads = await scope.Db.Deliveries.AsNoTracking().Select(d => d.PayloadJson).ToListAsync();
        Assert.All(payloads, p => Assert.DoesNotContain("@example.com", p, StringComparison.Ordinal));
    }

    private static async Task InstallAsync(DomainWorld world, string[] events)
    {
        await using var scope = world.AsClientAdmin();
        scope.Db.ConnectorInstallations.Add(new ConnectorInstallation(world.OrganizationId, "greenhouse", "Greenhouse", "{}", "", events));
        await scope.Db.SaveChangesAsync();
    }

    /// <summary>Every stored payload, read as the dispatcher hands it to a connector, in the order written.</summary>
    private static async Task<List<SdkEvent>> EventsAsync(DomainWorld world)
    {
        await using var scope = world.AsClientAdmin();
        var deliveries = await scope.Db.Deliveries.AsNoTracking().ToListAsync();
        return [.. deliveries.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).Select(d => JsonSerializer.Deserialize<SdkEvent>(d.PayloadJson, SdkJson)!)];
    }
}
