using Panelist.Domain.Common;

namespace Panelist.Domain.Quality.Audits;

/// <summary>
/// A quality reviewer's audit of one completed interview against one published checklist version:
/// a finding per item, the weighted pass share as the score, and whether it reached the pass mark.
/// </summary>
public sealed class InterviewAudit : Entity, ITenantOwned
{
    private InterviewAudit()
        : base(default(FromStore))
    {
    }

    internal InterviewAudit(Guid organizationId, Guid interviewId, Guid interviewerId, AuditChecklist checklist, string reviewer,
        IReadOnlyList<AuditFinding> findings, Guid? id = null)
        : base(id)
    {
        OrganizationId = organizationId;
        InterviewId = interviewId;
        InterviewerId = interviewerId;
        ChecklistId = checklist.Id;
        Reviewer = reviewer;
        Findings = Validate(checklist, findings);
        Score = checklist.Score(Findings.ToDictionary(f => f.ItemKey, f => f.Passed, StringComparer.Ordinal));
        Passed = Score >= checklist.PassMark;
    }

    public Guid OrganizationId { get; private set; }

    public Guid InterviewId { get; private set; }

    /// <summary>Copied from the interview so an interviewer's audit history is one index away.</summary>
    public Guid InterviewerId { get; private set; }

    public Guid ChecklistId { get; private set; }

    /// <summary>The reviewer's subject, as the audit trail names them.</summary>
    public string Reviewer { get; private set; } = "";

    public List<AuditFinding> Findings { get; private set; } = [];

    /// <summary>Σ weight of passed items / Σ weight (0–1).</summary>
    public decimal Score { get; private set; }

    /// <summary>Score ≥ the checklist's pass mark.</summary>
    public bool Passed { get; private set; }

    private static List<AuditFinding> Validate(AuditChecklist checklist, IReadOnlyList<AuditFinding> findings)
    {
        var keys = checklist.Items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (finding, index) in findings.Select((f, i) => (f, i)))
        {
            if (!keys.Contains(finding.ItemKey))
            {
                throw new DomainRuleException(ErrorCodes.AuditItemUnknown, $"The checklist has no item '{finding.ItemKey}'.", $"findings.{index}.itemKey");
            }

            if (!seen.Add(finding.ItemKey))
            {
                throw new DomainRuleException(ErrorCodes.AuditChecklistInvalid, $"Item '{finding.ItemKey}' has more than one finding.", $"findings.{index}.itemKey");
            }

            Guard.Optional(finding.Note, $"findings.{index}.note");
        }

        var missing = checklist.Items.FirstOrDefault(i => !seen.Contains(i.Key));
        if (missing is not null)
        {
            throw new DomainRuleException(ErrorCodes.AuditItemMissing, $"Item '{missing.Key}' has no finding; every item needs one.", "findings");
        }

        return [.. findings.Select(f => new AuditFinding(f.ItemKey, f.Passed, f.Note?.Trim()))];
    }
}
