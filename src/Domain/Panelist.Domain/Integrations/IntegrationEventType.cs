namespace Panelist.Domain.Integrations;

/// <summary>The integration events connectors can subscribe to (DESIGN §6). Names are part of the SDK contract.</summary>
public static class IntegrationEventType
{
    public const string InterviewScheduled = "InterviewScheduled";
    public const string InterviewRescheduled = "InterviewRescheduled";
    public const string InterviewCancelled = "InterviewCancelled";
    public const string InterviewCompleted = "InterviewCompleted";
    public const string ScorecardSubmitted = "ScorecardSubmitted";
    public const string ScorecardAmended = "ScorecardAmended";
    public const string InterviewerAssigned = "InterviewerAssigned";
    public const string EngagementClosed = "EngagementClosed";

    public static readonly IReadOnlyList<string> All =
    [
        InterviewScheduled, InterviewRescheduled, InterviewCancelled, InterviewCompleted,
        ScorecardSubmitted, ScorecardAmended, InterviewerAssigned, EngagementClosed,
    ];
}
