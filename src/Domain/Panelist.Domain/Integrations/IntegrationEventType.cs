namespace Panelist.Domain.Integrations;

/// <summary>
/// The integration events connectors can subscribe to (DESIGN §6), by their wire names — the same
/// strings as the plugin SDK's <c>IntegrationEventTypes</c>, which vendors code against.
/// </summary>
public static class IntegrationEventType
{
    public const string InterviewScheduled = "interview.scheduled";
    public const string InterviewRescheduled = "interview.rescheduled";
    public const string InterviewCancelled = "interview.cancelled";
    public const string InterviewCompleted = "interview.completed";
    public const string ScorecardSubmitted = "scorecard.submitted";
    public const string ScorecardAmended = "scorecard.amended";
    public const string InterviewerAssigned = "interviewer.assigned";
    public const string EngagementClosed = "engagement.closed";

    /// <summary>Sent to every installation, subscribed or not: each processor must erase the person.</summary>
    public const string CandidateErased = "candidate.erased";

    public static readonly IReadOnlyList<string> All =
    [
        InterviewScheduled, InterviewRescheduled, InterviewCancelled, InterviewCompleted,
        ScorecardSubmitted, ScorecardAmended, InterviewerAssigned, EngagementClosed, CandidateErased,
    ];
}
