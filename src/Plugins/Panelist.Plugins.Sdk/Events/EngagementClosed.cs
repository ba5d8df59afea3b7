namespace Panelist.Plugins.Sdk.Events;

/// <summary>An engagement was closed: no more interviews will be scheduled for the job.</summary>
public sealed record EngagementClosed : IntegrationEvent
{
    /// <summary>Creates the event; set the required properties with an object initializer.</summary>
    public EngagementClosed()
        : base(IntegrationEventTypes.EngagementClosed)
    {
    }

    /// <summary>Panelist's engagement id.</summary>
    public required Guid EngagementId { get; init; }

    /// <summary>The engagement's title (usually the job title).</summary>
    public required string EngagementTitle { get; init; }

    /// <summary>How many interviews were completed in the engagement.</summary>
    public int CompletedInterviews { get; init; }
}
