using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;

namespace Panelist.Domain.Quality.Audits;

/// <summary>Checklists (platform-owned, versioned), interview audits and audit samples (per organization).</summary>
public sealed class InterviewAuditService(DomainScope scope) : DomainService(scope)
{
    /// <summary>A new draft named <paramref name="name"/>: version 1, or the next number after that name's latest.</summary>
    public Task<Result<AuditChecklist>> CreateChecklistAsync(string name, IReadOnlyList<AuditChecklistItem> items, decimal passMark, CancellationToken ct = default) => Run(async () =>
    {
        RequireReviewer();
        var trimmed = Guard.Required(name, nameof(name));
        var versions = await Db.AuditChecklists.Where(c => c.Name == trimmed).Select(c => new { c.Number, c.Status }).ToListAsync(ct);
        if (versions.Exists(v => v.Status == AuditChecklistStatus.Draft))
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, $"'{trimmed}' already has a draft; edit or publish it first.", "name");
        }

        var checklist = new AuditChecklist(trimmed, versions.Count == 0 ? 1 : versions.Max(v => v.Number) + 1, items, passMark);
        Db.AuditChecklists.Add(checklist);
        await Audit.RecordPlatformAsync("audit_checklist.created", nameof(AuditChecklist), checklist.Id, new { checklist.Name, checklist.Number, checklist.PassMark }, ct);
        return checklist;
    }, ct);

    public Task<Result<AuditChecklist>> EditChecklistAsync(Guid checklistId, IReadOnlyList<AuditChecklistItem> items, decimal passMark, CancellationToken ct = default) => Run(async () =>
    {
        RequireReviewer();
        var checklist = Found(await Db.AuditChecklists.FindAsync([checklistId], ct), "checklist", "checklistId");
        checklist.EditDraft(items, passMark);
        await Audit.RecordPlatformAsync("audit_checklist.edited", nameof(AuditChecklist), checklist.Id,
            new { checklist.Number, items = checklist.Items.Select(i => new { i.Key, i.Weight }), checklist.PassMark }, ct);
        return checklist;
    }, ct);

    public Task<Result<AuditChecklist>> PublishChecklistAsync(Guid checklistId, CancellationToken ct = default) => Run(async () =>
    {
        RequireReviewer();
        var checklist = Found(await Db.AuditChecklists.FindAsync([checklistId], ct), "checklist", "checklistId");
        checklist.Publish(Now);
        await Audit.RecordPlatformAsync("audit_checklist.published", nameof(AuditChecklist), checklist.Id, new { checklist.Name, checklist.Number }, ct);
        return checklist;
    }, ct);

    /// <summary>Records a reviewer's audit of a completed interview; one audit per interview and checklist version.</summary>
    public Task<Result<InterviewAudit>> AuditAsync(Guid interviewId, Guid checklistId, IReadOnlyList<AuditFinding> findings, CancellationToken ct = default) => Run(async () =>
    {
        RequireReviewer();
        var interview = Found(await Db.Interviews.FirstOrDefaultAsync(i => i.Id == interviewId, ct), "interview", "interviewId");
        if (interview.Status != InterviewStatus.Completed || interview.InterviewerId is not { } interviewerId)
        {
            throw new DomainRuleException(ErrorCodes.InterviewNotCompleted, "Only a completed interview can be audited.", "interviewId");
        }

        var checklist = Found(await Db.AuditChecklists.FindAsync([checklistId], ct), "checklist", "checklistId");
        if (checklist.Status != AuditChecklistStatus.Published)
        {
            throw new DomainRuleException(ErrorCodes.AuditChecklistNotPublished, "Audits use a published checklist version.", "checklistId");
        }

        if (await Db.InterviewAudits.AnyAsync(a => a.InterviewId == interviewId && a.ChecklistId == checklistId, ct))
        {
            throw new DomainRuleException(ErrorCodes.AuditAlreadyRecorded, "This interview was already audited against this checklist version.", "interviewId");
        }

        var audit = new InterviewAudit(interview.OrganizationId, interview.Id, interviewerId, checklist, Actor.Id, findings);
        Db.InterviewAudits.Add(audit);
        Audit.Record("interview.audited", nameof(InterviewAudit), audit.Id,
            new { interviewId = GlobalIds.Of<Interview>(interview.Id), checklist = checklist.Name, checklist.Number, audit.Score, audit.Passed }, interview.OrganizationId);
        return audit;
    }, ct);

    /// <summary>The policy that applies to the current organization: its own, else the platform default, else the built-in one.</summary>
    public async Task<AuditSamplingPolicy> EffectivePolicyAsync(CancellationToken ct = default)
    {
        var organization = CurrentOrganization;
        var policies = await Db.AuditSamplingPolicies.IgnoreQueryFilters()
            .Where(p => p.OrganizationId == organization || p.OrganizationId == Organization.PlatformId).AsNoTracking().ToListAsync(ct);
        return policies.Find(p => p.OrganizationId == organization)
            ?? policies.Find(p => p.OrganizationId == Organization.PlatformId)
            ?? AuditSamplingPolicy.BuiltIn(Organization.PlatformId);
    }

    /// <summary>Sets the current organization's policy, or (a platform admin only) the platform default.</summary>
    public Task<Result<AuditSamplingPolicy>> SetPolicyAsync(bool platformDefault, decimal baseShare, decimal newInterviewerShare, int newInterviewerThreshold,
        decimal flaggedShare, CancellationToken ct = default) => Run(async () =>
    {
        if (platformDefault)
        {
            RequirePlatformAdmin();
        }
        else if (Actor.Role is not (Role.System or Role.PlatformAdmin or Role.QualityReviewer or Role.ClientAdmin))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, $"The role {ApiNames.Of(Actor.Role)} cannot change the sampling policy.");
        }

        var owner = platformDefault ? Organization.PlatformId : CurrentOrganization;
        var policy = await Db.AuditSamplingPolicies.IgnoreQueryFilters().FirstOrDefaultAsync(p => p.OrganizationId == owner, ct);
        if (policy is null)
        {
            policy = new AuditSamplingPolicy(owner);
            Db.AuditSamplingPolicies.Add(policy);
        }

        policy.Set(baseShare, newInterviewerShare, newInterviewerThreshold, flaggedShare);
        Audit.Record("audit_sampling_policy.set", nameof(AuditSamplingPolicy), policy.Id,
            new { platformDefault, baseShare, newInterviewerShare, newInterviewerThreshold, flaggedShare }, owner);
        return policy;
    }, ct);

    /// <summary>
    /// The audit sample of the current organization's interviews completed in [from, to): drawn and recorded on
    /// the first call, returned unchanged on every later one. The draw is deterministic (a hash of the window
    /// and the interview id orders each interviewer's interviews), so a redraw would pick the same interviews.
    /// </summary>
    public Task<Result<AuditSample>> DrawSampleAsync(DateTime from, DateTime to, CancellationToken ct = default) => Run(async () =>
    {
        RequireReviewer();
        from = Guard.Instant(from, "from");
        to = Guard.Instant(to, "to");
        if (to <= from)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, "The window must end after it starts.", "to");
        }

        var organization = CurrentOrganization;
        var existing = await Db.AuditSamples.FirstOrDefaultAsync(s => s.WindowStart == from && s.WindowEnd == to, ct);
        if (existing is not null)
        {
            return existing;
        }

        var policy = await EffectivePolicyAsync(ct);
        var completed = await Db.Interviews
            .Where(i => i.Status == InterviewStatus.Completed && i.InterviewerId != null && i.CompletedAt >= from && i.CompletedAt < to)
            .Select(i => new { i.Id, InterviewerId = i.InterviewerId!.Value }).ToListAsync(ct);
        var interviewers = completed.Select(c => c.InterviewerId).Distinct().ToList();
        // Experience counts across the platform: an interviewer new to this client but not to interviewing is not new.
        var experience = await Db.Interviews.IgnoreQueryFilters()
            .Where(i => i.InterviewerId != null && interviewers.Contains(i.InterviewerId.Value) && i.Status == InterviewStatus.Completed && i.CompletedAt < to)
            .GroupBy(i => i.InterviewerId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Id, g => g.Count, ct);
        var latestAudits = await Db.InterviewAudits.Where(a => interviewers.Contains(a.InterviewerId) && a.CreatedAt < to)
            .Select(a => new { a.InterviewerId, a.CreatedAt, a.Id, a.Passed }).ToListAsync(ct);
        var flagged = latestAudits.GroupBy(a => a.InterviewerId)
            .Where(g => !g.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).First().Passed).Select(g => g.Key).ToHashSet();

        var items = new List<AuditSampleItem>();
        foreach (var group in completed.GroupBy(c => c.InterviewerId).OrderBy(g => g.Key))
        {
            var isNew = experience.GetValueOrDefault(group.Key) < policy.NewInterviewerThreshold;
            var (share, reason) = policy.ShareFor(isNew, flagged.Contains(group.Key));
            var n = group.Count();
            var take = (int)Math.Ceiling(share * n);
            items.AddRange(group.OrderBy(c => DrawKey(organization, from, to, c.Id), StringComparer.Ordinal).Take(take)
                .Select(c => new AuditSampleItem(c.Id, group.Key, reason, share, n)));
        }

        var sample = new AuditSample(organization, from, to, Actor.Id, items);
        Db.AuditSamples.Add(sample);
        Audit.Record("audit_sample.drawn", nameof(AuditSample), sample.Id,
            new { from, to, interviews = items.Count, completed = completed.Count, policy.BaseShare, policy.NewInterviewerShare, policy.NewInterviewerThreshold, policy.FlaggedShare });
        return sample;
    }, ct);

    private static string DrawKey(Guid organization, DateTime from, DateTime to, Guid interviewId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{organization:N}|{from:O}|{to:O}|{interviewId:N}"))));

    private void RequireReviewer()
    {
        if (Actor.Role is not (Role.System or Role.PlatformAdmin or Role.QualityReviewer))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, $"The role {ApiNames.Of(Actor.Role)} cannot do this; quality reviewers do.");
        }
    }
}
