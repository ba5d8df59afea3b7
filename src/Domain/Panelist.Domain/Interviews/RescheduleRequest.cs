using Panelist.Domain.Common;

namespace Panelist.Domain.Interviews;

/// <summary>A candidate's request, sent from the candidate page, to move their interview; recruiters act on it.</summary>
public sealed class RescheduleRequest : Entity, ITenantOwned
{
    /// <summary>A link is the only authority on the page, so one interview takes a few requests, not a flood.</summary>
    public const int MaxPerInterview = 5;

    private RescheduleRequest()
        : base(default(FromStore))
    {
    }

    internal RescheduleRequest(Guid organizationId, Guid interviewId, string message)
    {
        OrganizationId = organizationId;
        InterviewId = interviewId;
        Message = Guard.Required(message, "message", 1000);
    }

    public Guid OrganizationId { get; private set; }

    public Guid InterviewId { get; private set; }

    /// <summary>The candidate's words (which times suit them); it may name them, so it is shown to staff only.</summary>
    public string Message { get; private set; } = "";
}
