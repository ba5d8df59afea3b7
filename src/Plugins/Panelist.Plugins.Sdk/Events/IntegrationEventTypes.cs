namespace Panelist.Plugins.Sdk.Events;

/// <summary>
/// The stable names of the integration events: the <c>type</c> discriminator in their JSON and the values
/// of <see cref="ConnectorDescriptor.SupportedEvents"/>.
/// </summary>
public static class IntegrationEventTypes
{
    /// <summary><see cref="Events.InterviewScheduled"/>.</summary>
    public const string InterviewScheduled = "interview.scheduled";

    /// <summary><see cref="Events.InterviewRescheduled"/>.</summary>
    public const string InterviewRescheduled = "interview.rescheduled";

    /// <summary><see cref="Events.InterviewCancelled"/>.</summary>
    public const string InterviewCancelled = "interview.cancelled";

    /// <summary><see cref="Events.InterviewCompleted"/>.</summary>
    public const string InterviewCompleted = "interview.completed";

    /// <summary><see cref="Events.ScorecardSubmitted"/>.</summary>
    public const string ScorecardSubmitted = "scorecard.submitted";

    /// <summary><see cref="Events.ScorecardAmended"/>.</summary>
    public const string ScorecardAmended = "scorecard.amended";

    /// <summary><see cref="Events.InterviewerAssigned"/>.</summary>
    public const string InterviewerAssigned = "interviewer.assigned";

    /// <summary><see cref="Events.EngagementClosed"/>.</summary>
    public const string EngagementClosed = "engagement.closed";

    /// <summary><see cref="Events.CandidateErased"/>; sent to every installation. Since SDK 1.1.</summary>
    public const string CandidateErased = "candidate.erased";

    /// <summary>Every event type, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        InterviewScheduled, InterviewRescheduled, InterviewCancelled, InterviewCompleted,
        ScorecardSubmitted, ScorecardAmended, InterviewerAssigned, EngagementClosed, CandidateErased,
    ];
}
