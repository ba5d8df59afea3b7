using Panelist.Domain.Common;

namespace Panelist.Domain.Engagements;

/// <summary>An interviewer's place on an engagement, at an agreed rate in the engagement's currency.</summary>
public sealed class Assignment : Entity, ITenantOwned
{
    private Assignment()
        : base(default(FromStore))
    {
    }

    internal Assignment(Guid organizationId, Guid engagementId, Guid interviewerId, Money agreedRate, bool rateOverridden, DateTime now, Guid? id = null)
        : base(id)
    {
        OrganizationId = organizationId;
        EngagementId = engagementId;
        InterviewerId = interviewerId;
        AgreedRate = agreedRate.Amount;
        Currency = agreedRate.Currency;
        RateOverridden = rateOverridden;
        Status = AssignmentStatus.Invited;
        InvitedAt = now;
    }

    public Guid OrganizationId { get; private set; }

    public Guid EngagementId { get; private set; }

    public Guid InterviewerId { get; private set; }

    /// <summary>Per interview or per hour, as the engagement's pricing model says.</summary>
    public decimal AgreedRate { get; private set; }

    public string Currency { get; private set; } = "";

    /// <summary>True when an admin agreed a rate above the interviewer's rate card.</summary>
    public bool RateOverridden { get; private set; }

    public AssignmentStatus Status { get; private set; }

    /// <summary>Why a client admin invited the interviewer although they miss a required skill or language (audited); null when nothing was overridden.</summary>
    public string? RequirementsOverrideReason { get; private set; }

    /// <summary>The requirements the override waived, as "CODE: detail" lines.</summary>
    public List<string> OverriddenRequirements { get; private set; } = [];

    public DateTime InvitedAt { get; private set; }

    public DateTime? RespondedAt { get; private set; }

    public DateTime? BriefingAcknowledgedAt { get; private set; }

    public DateTime? RemovedAt { get; private set; }

    public Money Rate => new(AgreedRate, Currency);

    public void Accept(DateTime now) => Respond(AssignmentStatus.Accepted, now);

    public void Decline(DateTime now) => Respond(AssignmentStatus.Declined, now);

    public void Remove(DateTime now)
    {
        if (Status is AssignmentStatus.Removed or AssignmentStatus.Declined)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, $"An assignment cannot go from {ApiNames.Of(Status)} to REMOVED.", "status");
        }

        Status = AssignmentStatus.Removed;
        RemovedAt = now;
    }

    /// <summary>Invites again after a decline or removal, at a newly agreed rate.</summary>
    public void Reinvite(Money agreedRate, bool rateOverridden, DateTime now)
    {
        if (Status is AssignmentStatus.Invited or AssignmentStatus.Accepted)
        {
            throw new DomainRuleException(ErrorCodes.AlreadyAssigned, "The interviewer is already invited to or on this engagement.", "interviewerId");
        }

        AgreedRate = agreedRate.Amount;
        Currency = agreedRate.Currency;
        RateOverridden = rateOverridden;
        Status = AssignmentStatus.Invited;
        InvitedAt = now;
        RespondedAt = null;
        RemovedAt = null;
        BriefingAcknowledgedAt = null;
    }

    /// <summary>Records (or, with null, clears) the override of the engagement's required skills and languages of the latest invitation.</summary>
    internal void OverrideRequirements(string? reason, IReadOnlyList<string> waived)
    {
        RequirementsOverrideReason = reason;
        OverriddenRequirements = [.. waived];
    }

    public void AcknowledgeBriefing(DateTime now)
    {
        EnsureAccepted();
        BriefingAcknowledgedAt ??= now;
    }

    public void EnsureAccepted()
    {
        if (Status != AssignmentStatus.Accepted)
        {
            throw new DomainRuleException(ErrorCodes.AssignmentNotAccepted, $"The assignment is {ApiNames.Of(Status)}, not ACCEPTED.", "assignmentId");
        }
    }

    private void Respond(AssignmentStatus target, DateTime now)
    {
        if (Status != AssignmentStatus.Invited)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, $"An assignment cannot go from {ApiNames.Of(Status)} to {ApiNames.Of(target)}.", "status");
        }

        Status = target;
        RespondedAt = now;
    }
}
