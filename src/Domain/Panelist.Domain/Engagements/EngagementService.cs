using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Domain.Rubrics;

namespace Panelist.Domain.Engagements;

/// <summary>An engagement's life: created as a draft, opened, run, paused, closed.</summary>
public sealed class EngagementService(DomainScope scope) : DomainService(scope)
{
    public Task<Result<Engagement>> CreateAsync(Guid rubricVersionId, EngagementDetails details, CancellationToken ct = default) => Run(async () =>
    {
        RequireClientStaff();
        await EnsurePublished(rubricVersionId, ct);
        await EnsureSkillsExist(details, ct);
        var engagement = new Engagement(CurrentOrganization, rubricVersionId, details);
        Db.Engagements.Add(engagement);
        Audit.Record("engagement.created", nameof(Engagement), engagement.Id, new { engagement.Title, engagement.Pricing, engagement.WeeklyCapacity });
        return engagement;
    }, ct);

    /// <summary>
    /// Replaces the terms. A budget cap below what is already committed is refused unless
    /// <paramref name="acknowledgeOverCommitment"/> says the client knows, which is then audited.
    /// </summary>
    public Task<Result<Engagement>> EditAsync(Guid engagementId, EngagementDetails details, bool acknowledgeOverCommitment = false, CancellationToken ct = default) => Run(async () =>
    {
        RequireClientStaff();
        await EnsureSkillsExist(details, ct);
        var engagement = await Load(engagementId, ct);
        if ((details.Pricing.Model != engagement.Pricing.Model || !string.Equals(details.Pricing.Currency, engagement.Pricing.Currency, StringComparison.OrdinalIgnoreCase))
            && await Db.Assignments.AnyAsync(a => a.EngagementId == engagementId && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted), ct))
        {
            // Agreed rates are per interview or per hour in one currency; changing either under them would misprice every interview.
            throw new DomainRuleException(ErrorCodes.CurrencyMismatch, "The pricing model and currency cannot change while interviewers are invited or assigned.", "pricing");
        }

        engagement.Edit(details);
        await EnsureCapCoversCommitted(engagement, acknowledgeOverCommitment, ct);
        Audit.Record("engagement.edited", nameof(Engagement), engagement.Id, new { engagement.Title, engagement.Pricing, engagement.WeeklyCapacity, engagement.ServiceLevel });
        return engagement;
    }, ct);

    public Task<Result<Engagement>> PinRubricVersionAsync(Guid engagementId, Guid rubricVersionId, CancellationToken ct = default) => Run(async () =>
    {
        RequireClientStaff();
        await EnsurePublished(rubricVersionId, ct);
        var engagement = await Load(engagementId, ct);
        engagement.PinRubricVersion(rubricVersionId);
        Audit.Record("engagement.rubric_pinned", nameof(Engagement), engagement.Id, new { rubricVersionId = GlobalIds.Of<RubricVersion>(rubricVersionId) });
        return engagement;
    }, ct);

    public Task<Result<Engagement>> OpenAsync(Guid engagementId, CancellationToken ct = default) => Transition(engagementId, EngagementStatus.Open, ct);

    public Task<Result<Engagement>> ActivateAsync(Guid engagementId, CancellationToken ct = default) => Transition(engagementId, EngagementStatus.Active, ct);

    public Task<Result<Engagement>> PauseAsync(Guid engagementId, CancellationToken ct = default) => Transition(engagementId, EngagementStatus.Paused, ct);

    public Task<Result<Engagement>> ResumeAsync(Guid engagementId, CancellationToken ct = default) => Transition(engagementId, EngagementStatus.Active, ct);

    /// <summary>Closes the engagement and cancels every interview that has not happened yet.</summary>
    public Task<Result<Engagement>> CloseAsync(Guid engagementId, string? reason, CancellationToken ct = default) => Run(async () =>
    {
        RequireClientStaff();
        var now = Now;
        var engagement = await Load(engagementId, ct);
        engagement.TransitionTo(EngagementStatus.Closed, now);
        var pending = await Db.Interviews
            .Where(i => i.EngagementId == engagementId
                && (i.Status == InterviewStatus.Requested || (i.Status == InterviewStatus.Scheduled && i.ScheduledStart > now)))
            .ToListAsync(ct);
        var why = string.IsNullOrWhiteSpace(reason) ? "Engagement closed" : $"Engagement closed: {reason.Trim()}";
        var interviewerIds = pending.Select(i => i.InterviewerId).OfType<Guid>().Distinct().ToList();
        var interviewers = await Db.Interviewers.Where(i => interviewerIds.Contains(i.Id))
            .Select(i => new EventInterviewer(i.Id, i.Name, i.TimeZone)).ToDictionaryAsync(i => i.Id, ct);
        foreach (var interview in pending)
        {
            interview.Cancel(why.Length > 500 ? why[..500] : why, now);
            Audit.Record("interview.cancelled", nameof(Interview), interview.Id, new { reason = "engagement_closed" });
            Outbox.Raise(EventPayloads.Cancelled(now, interview, engagement,
                interview.InterviewerId is { } booked ? interviewers[booked] : null));
        }

        Audit.Record("engagement.closed", nameof(Engagement), engagement.Id, new { cancelledInterviews = pending.Count });
        Outbox.Raise(EventPayloads.EngagementClosed(now, engagement,
            await Db.Interviews.CountAsync(i => i.EngagementId == engagementId && i.Status == InterviewStatus.Completed, ct)));
        return engagement;
    }, ct);

    private Task<Result<Engagement>> Transition(Guid engagementId, EngagementStatus target, CancellationToken ct) => Run(async () =>
    {
        RequireClientStaff();
        var engagement = await Load(engagementId, ct);
        var from = engagement.Status;
        engagement.TransitionTo(target, Now);
        Audit.Record("engagement.status_changed", nameof(Engagement), engagement.Id, new { from, to = target });
        return engagement;
    }, ct);

    /// <summary>"Never exceeded silently": a cap below what is committed needs the client's explicit, audited acknowledgement.</summary>
    private async Task EnsureCapCoversCommitted(Engagement engagement, bool acknowledged, CancellationToken ct)
    {
        // Scheduling locks the engagement before it sums the committed costs; so does this, so neither
        // decides on a sum the other is about to change.
        await Db.LockForUpdateAsync<Engagement>(engagement.Id, ct);
        var committed = await Db.CommittedAsync(engagement.Id, null, ct);
        var (cap, currency) = (engagement.Pricing.BudgetCap, engagement.Pricing.Currency);
        if (cap >= committed)
        {
            return;
        }

        if (!acknowledged)
        {
            throw new DomainRuleException(ErrorCodes.BudgetExceeded,
                $"{new Money(committed, currency)} is already committed, more than the new budget cap of {new Money(cap, currency)}; "
                + "send acknowledgeOverCommitment: true to lower it anyway.", "pricing.budgetCap");
        }

        Audit.Record("engagement.budget_over_committed", nameof(Engagement), engagement.Id,
            new { budgetCap = new Money(cap, currency).ToString(), committed = new Money(committed, currency).ToString() });
    }

    private async Task<Engagement> Load(Guid id, CancellationToken ct) =>
        Found(await Db.Engagements.Include(e => e.RequiredSkills).FirstOrDefaultAsync(e => e.Id == id, ct), "engagement", "engagementId");

    private async Task EnsurePublished(Guid rubricVersionId, CancellationToken ct)
    {
        var version = Found(await Db.RubricVersions.FirstOrDefaultAsync(v => v.Id == rubricVersionId, ct), "rubric version", "rubricVersionId");
        if (version.OrganizationId != CurrentOrganization)
        {
            // Another client's rubric is not even visible (NOT_FOUND above); what is left is a template.
            throw new DomainRuleException(ErrorCodes.RubricNotInOrganization,
                "An engagement pins a rubric of its own organization; copy the template into it first (copyRubricTemplate).", "rubricVersionId");
        }

        if (version.Status != RubricVersionStatus.Published)
        {
            throw new DomainRuleException(ErrorCodes.RubricVersionNotPublished, "An engagement can only pin a published rubric version.", "rubricVersionId");
        }
    }

    private async Task EnsureSkillsExist(EngagementDetails details, CancellationToken ct)
    {
        var ids = details.RequiredSkills.Select(s => s.SkillId).Distinct().ToList();
        var known = await Db.Skills.Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        var missing = details.RequiredSkills.Select((s, i) => (s.SkillId, Index: (int?)i)).FirstOrDefault(s => !known.Contains(s.SkillId)).Index;
        if (missing is not null)
        {
            throw new DomainRuleException(ErrorCodes.NotFound, "A required skill does not exist.", $"requiredSkills.{missing}.skillId");
        }
    }
}
