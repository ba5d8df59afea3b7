using Panelist.Plugins.Sdk.Events;

namespace Panelist.Testing.Events;

/// <summary>
/// Interview events as the domain raises them, for tests and benchmarks that fill the outbox without going through
/// scheduling: the SDK's own records, so what they put in is what a connector reads.
/// </summary>
public static class TestEvents
{
    /// <summary>A <paramref name="type"/> event (scheduled, rescheduled or cancelled) about <paramref name="interviewId"/>, an hour from <paramref name="start"/>.</summary>
    public static InterviewEvent About(string type, Guid organizationId, Guid interviewId, int candidate, DateTimeOffset start)
    {
        var ats = new AtsReferences { JobId = "job-1", CandidateId = $"cand-{candidate}", ApplicationId = $"app-{candidate}" };
        var (eventId, occurredAt) = (Guid.CreateVersion7(), DateTimeOffset.UtcNow);
        InterviewEvent built = type switch
        {
            IntegrationEventTypes.InterviewScheduled => new InterviewScheduled
            {
                EventId = eventId, OccurredAt = occurredAt, OrganizationId = organizationId, Ats = ats, InterviewId = interviewId, EngagementId = Guid.Empty,
                ScheduledStart = start, ScheduledEnd = start.AddHours(1),
            },
            IntegrationEventTypes.InterviewRescheduled => new InterviewRescheduled
            {
                EventId = eventId, OccurredAt = occurredAt, OrganizationId = organizationId, Ats = ats, InterviewId = interviewId, EngagementId = Guid.Empty,
                ScheduledStart = start, ScheduledEnd = start.AddHours(1), PreviousStart = start.AddDays(-1), PreviousEnd = start.AddDays(-1).AddHours(1),
            },
            IntegrationEventTypes.InterviewCancelled => new InterviewCancelled
            {
                EventId = eventId, OccurredAt = occurredAt, OrganizationId = organizationId, Ats = ats, InterviewId = interviewId, EngagementId = Guid.Empty,
                Reason = "Candidate withdrew",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Test events are scheduled, rescheduled or cancelled."),
        };
        return built with { InterviewerName = "Ada Lovelace", EngagementTitle = "Backend hiring" };
    }
}
