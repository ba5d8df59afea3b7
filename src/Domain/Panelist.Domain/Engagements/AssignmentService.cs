using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Compliance;
using Panelist.Domain.Integrations;
using Panelist.Domain.Interviews;

namespace Panelist.Domain.Engagements;

/// <summary>Puts interviewers on engagements: invite, accept or decline, briefing, removal.</summary>
public sealed class AssignmentService(DomainScope scope, Notifications.Notifications notifications) : DomainService(scope)
{
    /// <summary>
    /// Invites an Active, compliant interviewer certified on the engagement's rubric, at the card rate
    /// or an agreed one; a rate above the card needs an admin and is audited as an override.
    /// </summary>
    public Task<Result<Assignment>> InviteAsync(Guid engagementId, Guid interviewerId, decimal? agreedRate, CancellationToken ct = default) =>
        InviteAsync(engagementId, interviewerId, agreedRate, null, ct);

    /// <summary>
    /// As above; the interviewer must also hold the engagement's required skills (at their levels) and languages, unless an
    /// admin gives <paramref name="requirementsOverrideReason"/>, which is audited and kept on the assignment.
    /// </summary>
    public Task<Result<Assignment>> InviteAsync(Guid engagementId, Guid interviewerId, decimal? agreedRate, string? requirementsOverrideReason,
        CancellationToken ct = default) => Run(async () =>
    {
        RequireClientStaff();
        var now = Now;
        var engagement = Found(await Db.Engagements.Include(e => e.RequiredSkills).FirstOrDefaultAsync(e => e.Id == engagementId, ct), "engagement", "engagementId");
        if (engagement.Status == EngagementStatus.Closed)
        {
            throw new DomainRuleException(ErrorCodes.EngagementNotActive, "The engagement is closed.", "engagementId");
        }

        var interviewer = await AssignableInterviewerAsync(interviewerId, engagement.RubricVersionId, now, ct);
        if (interviewer.RateCurrency != engagement.Pricing.Currency)
        {
            throw new DomainRuleException(ErrorCodes.CurrencyMismatch,
                $"The interviewer's rate card is in {interviewer.RateCurrency}; the engagement pays in {engagement.Pricing.Currency}.", "interviewerId");
        }

        var cardRate = engagement.Pricing.Model == PricingModel.Hourly ? interviewer.HourlyRate : interviewer.PerInterviewRate;
        var rate = Guard.Amount(agreedRate ?? cardRate, "agreedRate");
        var overridden = rate > cardRate;
        if (overridden && !Actor.CanOverrideRates)
        {
            throw new DomainRuleException(ErrorCodes.RateOutsideCard,
                $"The agreed rate {rate} is above the interviewer's card rate {cardRate}; only an admin may override it.", "agreedRate");
        }

        var waived = await UnmetRequirementsAsync(engagement, interviewer, requirementsOverrideReason, ct);
        var money = new Money(rate, engagement.Pricing.Currency);
        await MinimumRates.EnsureAtLeastAsync(Db, interviewer, UnitOf(engagement.Pricing.Model), money, now, "agreedRate", ct);
        var assignment = await Db.Assignments.FirstOrDefaultAsync(a => a.EngagementId == engagementId && a.InterviewerId == interviewerId, ct);
        if (assignment is null)
        {
            assignment = new Assignment(engagement.OrganizationId, engagementId, interviewerId, money, overridden, now);
            Db.Assignments.Add(assignment);
        }
        else
        {
            assignment.Reinvite(money, overridden, now);
        }

        assignment.OverrideRequirements(waived.Count > 0 ? requirementsOverrideReason!.Trim() : null, waived);
        Audit.Record("assignment.invited", nameof(Assignment), assignment.Id, new { engagementId = GlobalIds.Of<Engagement>(engagementId), interviewerId = GlobalIds.Of<Interviewers.Interviewer>(interviewerId), rate = money.ToString() });
        if (overridden)
        {
            Audit.Record("assignment.rate_overridden", nameof(Assignment), assignment.Id, new { cardRate, agreedRate = rate, money.Currency });
        }

        if (waived.Count > 0)
        {
            Audit.Record("assignment.requirements_overridden", nameof(Assignment), assignment.Id, new { reason = assignment.RequirementsOverrideReason, waived });
        }

        await notifications.NotifyAsync(Notifications.Recipient.Interviewer(interviewerId), Notifications.NotificationEventKind.Invited,
            new Notifications.NotificationContext(engagement.OrganizationId) { EngagementId = engagementId }, ct);
        return assignment;
    }, ct);

    public Task<Result<Assignment>> AcceptAsync(Guid assignmentId, CancellationToken ct = default) => Run(async () =>
    {
        var assignment = await LoadOwn(assignmentId, ct);
        var engagement = await Db.Engagements.IgnoreQueryFilters().SingleAsync(e => e.Id == assignment.EngagementId, ct);
        var interviewer = await AssignableInterviewerAsync(assignment.InterviewerId, engagement.RubricVersionId, Now, ct);
        assignment.Accept(Now);
        Audit.Record("assignment.accepted", nameof(Assignment), assignment.Id, null, assignment.OrganizationId);
        Outbox.Raise(EventPayloads.Assignment(Now, assignment, engagement, new EventInterviewer(interviewer.Id, interviewer.Name, interviewer.TimeZone)));
        foreach (var staff in await notifications.StaffAsync(assignment.OrganizationId, ct))
        {
            await notifications.NotifyAsync(staff, Notifications.NotificationEventKind.Accepted, new Notifications.NotificationContext(assignment.OrganizationId)
            {
                EngagementId = assignment.EngagementId,
                Values = new Dictionary<string, string> { ["interviewer"] = interviewer.Name },
            }, ct);
        }

        return assignment;
    }, ct);

    public Task<Result<Assignment>> DeclineAsync(Guid assignmentId, CancellationToken ct = default) => Run(async () =>
    {
        var assignment = await LoadOwn(assignmentId, ct);
        assignment.Decline(Now);
        Audit.Record("assignment.declined", nameof(Assignment), assignment.Id, null, assignment.OrganizationId);
        return assignment;
    }, ct);

    public Task<Result<Assignment>> AcknowledgeBriefingAsync(Guid assignmentId, CancellationToken ct = default) => Run(async () =>
    {
        var assignment = await LoadOwn(assignmentId, ct);
        assignment.AcknowledgeBriefing(Now);
        Audit.Record("assignment.briefing_acknowledged", nameof(Assignment), assignment.Id, null, assignment.OrganizationId);
        return assignment;
    }, ct);

    /// <summary>Takes the interviewer off the engagement and cancels their interviews still to come.</summary>
    public Task<Result<Assignment>> RemoveAsync(Guid assignmentId, string? reason, CancellationToken ct = default) => Run(async () =>
    {
        RequireClientStaff();
        var now = Now;
        var assignment = Found(await Db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId, ct), "assignment", "assignmentId");
        assignment.Remove(now);
        var upcoming = await Db.Interviews
            .Where(i => i.AssignmentId == assignmentId && i.Status == InterviewStatus.Scheduled && i.ScheduledStart > now)
            .ToListAsync(ct);
        var engagement = await Db.Engagements.SingleAsync(e => e.Id == assignment.EngagementId, ct);
        var interviewer = await EventInterviewerAsync(assignment.InterviewerId, ct);
        foreach (var interview in upcoming)
        {
            interview.Cancel("Interviewer removed from the engagement", now);
            Audit.Record("interview.cancelled", nameof(Interview), interview.Id, new { reason = "interviewer_removed" });
            Outbox.Raise(EventPayloads.Cancelled(now, interview, engagement, interviewer));
            await notifications.NotifyAsync(Notifications.Recipient.Interviewer(assignment.InterviewerId), Notifications.NotificationEventKind.Cancelled,
                new Notifications.NotificationContext(interview.OrganizationId) { EngagementId = interview.EngagementId, InterviewId = interview.Id }, ct);
        }

        Audit.Record("assignment.removed", nameof(Assignment), assignment.Id, new { reason, cancelledInterviews = upcoming.Count });
        return assignment;
    }, ct);

    /// <summary>The requirements the interviewer misses, as "CODE: detail"; refused unless an admin gives a reason to override them.</summary>
    private async Task<List<string>> UnmetRequirementsAsync(Engagement engagement, Interviewers.Interviewer interviewer, string? overrideReason, CancellationToken ct)
    {
        var skills = await Db.Set<Interviewers.InterviewerSkill>().AsNoTracking().Where(s => s.InterviewerId == interviewer.Id).ToListAsync(ct);
        var languages = await Db.Set<Interviewers.InterviewerLanguage>().AsNoTracking().Where(l => l.InterviewerId == interviewer.Id).ToListAsync(ct);
        var required = engagement.RequiredSkills.Select(s => s.SkillId).ToList();
        var slugs = await Db.Skills.AsNoTracking().Where(s => required.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Slug, ct);
        var unmet = Matching.EngagementRequirements.Unmet(engagement, skills, languages, slugs);
        if (unmet.Count == 0)
        {
            return [];
        }

        if (string.IsNullOrWhiteSpace(overrideReason))
        {
            var code = unmet[0].Code == Matching.MatchExclusionCode.MissingRequiredLanguage ? ErrorCodes.MissingRequiredLanguage : ErrorCodes.MissingRequiredSkill;
            throw new DomainRuleException(code, string.Join(" ", unmet.Select(u => u.Message)) + " A client admin may invite anyway with requirementsOverrideReason.",
                "interviewerId");
        }

        if (Actor.Role is not (Role.ClientAdmin or Role.PlatformAdmin or Role.System))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, "Only a client admin may override the engagement's required skills and languages.", "requirementsOverrideReason");
        }

        Guard.Optional(overrideReason, "requirementsOverrideReason", 2000);
        return [.. unmet.Select(u => $"{ApiNames.Of(u.Code)}: {u.Message}")];
    }

    /// <summary>The unit a minimum-rate rule must have to bind a rate under <paramref name="model"/>.</summary>
    internal static RateUnit UnitOf(PricingModel model) => model == PricingModel.Hourly ? RateUnit.PerHour : RateUnit.PerInterview;

    /// <summary>Accept, decline and acknowledge are the invited interviewer's own (or a platform admin's) to do.</summary>
    private async Task<Assignment> LoadOwn(Guid assignmentId, CancellationToken ct)
    {
        var query = Actor.IsPlatformAdmin ? Db.Assignments.IgnoreQueryFilters() : Assignments;
        var assignment = Found(await query.FirstOrDefaultAsync(a => a.Id == assignmentId, ct), "assignment", "assignmentId");
        if (!Actor.IsPlatformAdmin && Actor.InterviewerId != assignment.InterviewerId)
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, "Only the invited interviewer can answer an invitation.", "assignmentId");
        }

        return assignment;
    }
}
