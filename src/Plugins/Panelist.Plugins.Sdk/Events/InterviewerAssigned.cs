namespace Panelist.Plugins.Sdk.Events;

/// <summary>An interviewer accepted an assignment to an engagement and can now be booked for its interviews.</summary>
public sealed record InterviewerAssigned : IntegrationEvent
{
    /// <summary>Creates the event; set the required properties with an object initializer.</summary>
    public InterviewerAssigned()
        : base(IntegrationEventTypes.InterviewerAssigned)
    {
    }

    /// <summary>Panelist's engagement id.</summary>
    public required Guid EngagementId { get; init; }

    /// <summary>The engagement's title (usually the job title).</summary>
    public required string EngagementTitle { get; init; }

    /// <summary>Panelist's assignment id.</summary>
    public required Guid AssignmentId { get; init; }

    /// <summary>The interviewer's display name.</summary>
    public required string InterviewerName { get; init; }

    /// <summary>Panelist's interviewer id (SDK 1.1): stable, unlike the name, so a connector can map the interviewer to a vendor user.</summary>
    public Guid? InterviewerId { get; init; }
}
