using Panelist.Plugins.Sdk.Events;

namespace Panelist.Domain.Integrations;

/// <summary>
/// The integration events connectors can subscribe to (DESIGN §6): a thin alias of the plugin SDK's
/// <see cref="IntegrationEventTypes"/>, which is the one list of wire names. Kept so callers that predate the SDK
/// reference read as before; new code uses <see cref="IntegrationEventTypes"/>.
/// </summary>
public static class IntegrationEventType
{
    public const string InterviewScheduled = IntegrationEventTypes.InterviewScheduled;
    public const string InterviewRescheduled = IntegrationEventTypes.InterviewRescheduled;
    public const string InterviewCancelled = IntegrationEventTypes.InterviewCancelled;
    public const string InterviewCompleted = IntegrationEventTypes.InterviewCompleted;
    public const string ScorecardSubmitted = IntegrationEventTypes.ScorecardSubmitted;
    public const string ScorecardAmended = IntegrationEventTypes.ScorecardAmended;
    public const string InterviewerAssigned = IntegrationEventTypes.InterviewerAssigned;
    public const string EngagementClosed = IntegrationEventTypes.EngagementClosed;
    public const string CandidateErased = IntegrationEventTypes.CandidateErased;

    public static IReadOnlyList<string> All => IntegrationEventTypes.All;
}
