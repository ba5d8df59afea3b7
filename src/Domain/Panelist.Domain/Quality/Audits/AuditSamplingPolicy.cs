using Panelist.Domain.Common;

namespace Panelist.Domain.Quality.Audits;

/// <summary>
/// Which share of each interviewer's completed interviews goes to audit. An organization's own policy
/// wins over the platform default (the row owned by the platform organization); without either,
/// <see cref="BuiltIn"/> applies. New interviewers (fewer than <see cref="NewInterviewerThreshold"/>
/// completed interviews on the platform) and flagged ones (their latest audit here failed) get a larger share.
/// </summary>
public sealed class AuditSamplingPolicy : Entity, ITenantOwned
{
    private AuditSamplingPolicy()
        : base(default(FromStore))
    {
    }

    internal AuditSamplingPolicy(Guid organizationId) => OrganizationId = organizationId;

    /// <summary>10 %, 50 % for the first 10 interviews, 50 % when flagged.</summary>
    public static AuditSamplingPolicy BuiltIn(Guid organizationId) => new(organizationId)
    {
        BaseShare = 0.1m,
        NewInterviewerShare = 0.5m,
        NewInterviewerThreshold = 10,
        FlaggedShare = 0.5m,
    };

    public Guid OrganizationId { get; private set; }

    public decimal BaseShare { get; private set; }

    public decimal NewInterviewerShare { get; private set; }

    public int NewInterviewerThreshold { get; private set; }

    public decimal FlaggedShare { get; private set; }

    internal void Set(decimal baseShare, decimal newInterviewerShare, int newInterviewerThreshold, decimal flaggedShare)
    {
        BaseShare = Share(baseShare, "baseShare");
        NewInterviewerShare = Share(newInterviewerShare, "newInterviewerShare");
        FlaggedShare = Share(flaggedShare, "flaggedShare");
        NewInterviewerThreshold = Guard.Range(newInterviewerThreshold, 0, 10_000, "newInterviewerThreshold");
    }

    /// <summary>The share for an interviewer in a state, with the reason that chose it (the highest share wins).</summary>
    public (decimal Share, AuditSampleReason Reason) ShareFor(bool isNew, bool flagged)
    {
        var choice = (BaseShare, AuditSampleReason.Base);
        if (isNew && NewInterviewerShare > choice.BaseShare)
        {
            choice = (NewInterviewerShare, AuditSampleReason.NewInterviewer);
        }

        if (flagged && FlaggedShare > choice.BaseShare)
        {
            choice = (FlaggedShare, AuditSampleReason.Flagged);
        }

        return choice;
    }

    private static decimal Share(decimal value, string field) =>
        value is >= 0 and <= 1 && decimal.Round(value, 4) == value
            ? value
            : throw new DomainRuleException(ErrorCodes.ValidationFailed, "A share lies between 0 and 1, with at most 4 decimals.", field);
}
