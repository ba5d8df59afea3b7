using Panelist.Plugins.Sdk.Events;

namespace Panelist.Api.Connectors;

/// <summary>
/// How the schema describes event names: the SDK's wire names (<see cref="IntegrationEventTypes"/>), the only ones
/// <c>installConnector</c> and <c>updateConnectorSettings</c> accept, built from the SDK's constants so they cannot drift.
/// </summary>
internal static class EventNames
{
    public const string List =
        $"{IntegrationEventTypes.InterviewScheduled}, {IntegrationEventTypes.InterviewRescheduled}, {IntegrationEventTypes.InterviewCancelled}, "
        + $"{IntegrationEventTypes.InterviewCompleted}, {IntegrationEventTypes.ScorecardSubmitted}, {IntegrationEventTypes.ScorecardAmended}, "
        + $"{IntegrationEventTypes.InterviewerAssigned}, {IntegrationEventTypes.EngagementClosed}, {IntegrationEventTypes.CandidateErased}";

    public const string Subscribed = "Integration events to deliver, by their wire names: " + List + ". "
        + IntegrationEventTypes.CandidateErased + " reaches every installation, listed or not (an erasure must reach every processor).";

    public const string Delivered = "The integration events delivered to this installation, by their wire names (" + List + ").";

    public const string Supported = "The integration events the connector handles, by their wire names (" + List + ").";

    public const string OfDelivery = "The event's wire name: one of " + List + ".";
}
