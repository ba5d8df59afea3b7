using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Interviews;

/// <summary>An interview from request to outcome, with the scheduling rules: no double booking, no budget overrun, weekly capacity.</summary>
public sealed class InterviewService(DomainScope scope, CandidateVault vault, Notifications.Notifications notifications) : DomainService(scope)
{
    /// <summary>Requests an interview of the organization's candidate with that e-mail address, created (encrypted) when new.</summary>
    public Task<Result<Interview>> RequestAsync(Guid engagementId, CandidateDetails candidate, CancellationToken ct = default) => Run(async () =>
    {
        RequireClientStaff();
        ArgumentNullException.ThrowIfNull(candidate);
        var engagement = Found(await Db.Engagements.FirstOrDefaultAsync(e => e.Id == engagementId, ct), "engagement", "engagementId");
        engagement.EnsureAcceptsInterviews();
        var person = await vault.FindOrCreateAsync(engagement.OrganizationId, candidate, ct);
        var interview = new Interview(engagement, person, candidate.AtsApplicationId, Now);
        Db.Interviews.Add(interview);
        Audit.Record("interview.requested", nameof(Interview), interview.Id,
            new { engagementId = GlobalIds.Of<Engagement>(engagementId), candidateId = GlobalIds.Of<Candidate>(person.Id) });
        return interview;
    }, ct);

    /// <summary>Corrects the details of the interview's candidate (every interview of that person sees the change) and the interview's ATS application.</summary>
    public Task<Result<Interview>> UpdateCandidateAsync(Guid interviewId, CandidateDetails candidate, CancellationToken ct = default) => Run(async () =>
    {
        RequireClientStaff();
        ArgumentNullException.ThrowIfNull(candidate);
        var interview = Found(await Db.Interviews.FirstOrDefaultAsync(i => i.Id == interviewId, ct), "interview", "interviewId");
        var person = interview.CandidateId is { } candidateId ? await Db.Candidates.FirstOrDefaultAsync(c => c.Id == candidateId, ct) : null;
        if (person is null)
        {
            person = await vault.FindOrCreateAsync(interview.OrganizationId, candidate, ct);
            interview.LinkCandidate(person.Id);
        }
        else
        {
            await vault.UpdateAsync(person, candidate, ct);
        }

        interview.ReferTo(person, candidate.AtsApplicationId);
        // The person's details live on the candidate row; their interviews are marked changed as well, so that
        // interviewUpdated subscribers (and every replica's change feed) see the corrected name on each of them.
        foreach (var theirs in await Db.Interviews.Where(i => i.CandidateId == person.Id).ToListAsync(ct))
        {
            Db.Entry(theirs).Property(i => i.CandidateId).IsModified = true;
        }

        Audit.Record("candidate.updated", nameof(Candidate), person.Id, new { interviewId = GlobalIds.Of<Interview>(interview.Id), fields = "redacted" });
        return interview;
    }, ct);

    /// <summary>Books (or rebooks) the interview with an accepted assignment of its engagement.</summary>
    public Task<Result<Interview>> ScheduleAsync(Guid interviewId, Guid assignmentId, DateTime start, DateTime end, CancellationToken ct = default) => Run(async () =>
    {
        RequireClientStaff();
        var now = Now;
        start = Clock.Truncate(Guard.Instant(start, "scheduledStart"));
        end = Clock.Truncate(Guard.Instant(end, "scheduledEnd"));
        Interview.EnsureValidSlot(start, end);
        if (start <= now)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, "An interview can only be scheduled in the future.", "scheduledStart");
        }

        var interview = Found(await Db.Interviews.FirstOrDefaultAsync(i => i.Id == interviewId, ct), "interview", "interviewId");
        var assignment = Found(await Db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.EngagementId == interview.EngagementId, ct),
            "assignment on this engagement", "assignmentId");
        // Overlap, budget and capacity are checked then written: serialize bookings of the same
        // interviewer and of the same engagement (interviewer first, always, to avoid deadlocks).
        await Db.LockForUpdateAsync<Interviewers.Interviewer>(assignment.InterviewerId, ct);
        await Db.LockForUpdateAsync<Engagement>(interview.EngagementId, ct);
        var engagement = await Db.Engagements.SingleAsync(e => e.Id == interview.EngagementId, ct);
        engagement.EnsureAcceptsInterviews();
        engagement.EnsureWithinPeriod(start, end);
        assignment.EnsureAccepted();
        if (assignment.Currency != engagement.Pricing.Currency)
        {
            throw new DomainRuleException(ErrorCodes.CurrencyMismatch, $"The assignment's rate is in {assignment.Currency}; the engagement pays in {engagement.Pricing.Currency}.", "assignmentId");
        }
        var interviewer = await AssignableInterviewerAsync(assignment.InterviewerId, engagement.RubricVersionId, now, ct);
        // A rule may have taken effect since the invitation: booking is engaging, so the floor applies again.
        await Compliance.MinimumRates.EnsureAtLeastAsync(Db, interviewer, AssignmentService.UnitOf(engagement.Pricing.Model), assignment.Rate, now, "assignmentId", ct);
        await EnsureNoOverlap(interview.Id, assignment.InterviewerId, start, end, ct);
        var cost = Interview.PriceOf(assignment, engagement.Pricing.Model, start, end);
        await EnsureWithinBudget(engagement, interview.Id, cost, ct);
        await EnsureWithinCapacity(engagement, interview.Id, start, ct);

        var rescheduled = interview.Status == InterviewStatus.Scheduled;
        var (previousStart, previousEnd, previousInterviewerId) = (interview.ScheduledStart, interview.ScheduledEnd, interview.InterviewerId);
        interview.Schedule(assignment, start, end, cost, now);
        interview.WatchScorecard(engagement.ServiceLevel);
        Audit.Record(rescheduled ? "interview.rescheduled" : "interview.scheduled", nameof(Interview), interview.Id,
            new { assignmentId = GlobalIds.Of<Assignment>(assignmentId), start, end, cost = cost.ToString() });
        var booked = new EventInterviewer(interviewer.Id, interviewer.Name, interviewer.TimeZone);
        Outbox.Raise(rescheduled
            ? EventPayloads.Rescheduled(now, interview, engagement, booked, previousStart!.Value, previousEnd!.Value, previousInterviewerId)
            : EventPayloads.Scheduled(now, interview, engagement, booked));
        await NotifyInterviewerAsync(interview, interview.InterviewerId, rescheduled && previousInterviewerId == interview.InterviewerId
            ? Notifications.NotificationEventKind.Rescheduled : Notifications.NotificationEventKind.Scheduled, ct);
        if (rescheduled && previousInterviewerId != interview.InterviewerId)
        {
            await NotifyInterviewerAsync(interview, previousInterviewerId, Notifications.NotificationEventKind.Cancelled, ct);
        }

        return interview;
    }, ct);

    public Task<Result<Interview>> CompleteAsync(Guid interviewId, CancellationToken ct = default) =>
        Outcome(interviewId, "interview.completed", i => i.Complete(Now), ct);

    public Task<Result<Interview>> MarkNoShowAsync(Guid interviewId, bool candidateMissing, CancellationToken ct = default) =>
        Outcome(interviewId, candidateMissing ? "interview.no_show_candidate" : "interview.no_show_interviewer", i => i.MarkNoShow(candidateMissing, Now), ct);

    public Task<Result<Interview>> CancelAsync(Guid interviewId, string reason, CancellationToken ct = default) => Run(async () =>
    {
        RequireClientStaff();
        var now = Now;
        var interview = Found(await Db.Interviews.FirstOrDefaultAsync(i => i.Id == interviewId, ct), "interview", "interviewId");
        var lateNotice = interview.ScheduledStart is { } start && start - now < TimeSpan.FromHours(24);
        interview.Cancel(reason, now);
        Audit.Record("interview.cancelled", nameof(Interview), interview.Id, new { lateNotice });
        await RaiseAsync(interview, EventPayloads.Cancelled, ct);
        await NotifyInterviewerAsync(interview, interview.InterviewerId, Notifications.NotificationEventKind.Cancelled, ct);
        return interview;
    }, ct);

    /// <summary>Tells the interview's interviewer of its time (with a calendar entry) or its cancellation.</summary>
    private Task NotifyInterviewerAsync(Interview interview, Guid? interviewerId, Notifications.NotificationEventKind kind, CancellationToken ct) =>
        interviewerId is { } id
            ? notifications.NotifyAsync(Notifications.Recipient.Interviewer(id), kind,
                new Notifications.NotificationContext(interview.OrganizationId) { EngagementId = interview.EngagementId, InterviewId = interview.Id }, ct)
            : Task.CompletedTask;

    /// <summary>The outcome is recorded by the client's staff or by the interviewer who held it.</summary>
    private Task<Result<Interview>> Outcome(Guid interviewId, string action, Action<Interview> apply, CancellationToken ct) => Run(async () =>
    {
        if (Actor.Role is Role.Analyst or Role.Auditor or Role.QualityReviewer or Role.Anonymous)
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, $"The role {ApiNames.Of(Actor.Role)} cannot record an interview's outcome.");
        }

        var interview = Found(await Interviews.FirstOrDefaultAsync(i => i.Id == interviewId, ct), "interview", "interviewId");
        apply(interview);
        Audit.Record(action, nameof(Interview), interview.Id, new { interview.Cost }, interview.OrganizationId);
        await RaiseAsync(interview, EventPayloads.Completed, ct);
        return interview;
    }, ct);

    /// <summary>An interview event for the client's ATS; an interviewer acting crosses the tenant filter for their own interview.</summary>
    private async Task RaiseAsync(Interview interview, Func<DateTime, Interview, Engagement, EventInterviewer?, Plugins.Sdk.Events.InterviewEvent> build,
        CancellationToken ct)
    {
        var engagement = await Db.Engagements.IgnoreQueryFilters().SingleAsync(e => e.Id == interview.EngagementId, ct);
        Outbox.Raise(build(Now, interview, engagement, await EventInterviewerAsync(interview.InterviewerId, ct)));
    }

    /// <summary>
    /// An interviewer's calendar spans every client, so this check crosses the tenant filter on purpose;
    /// it reveals only that the slot is taken, never by whom.
    /// </summary>
    private async Task EnsureNoOverlap(Guid interviewId, Guid interviewerId, DateTime start, DateTime end, CancellationToken ct)
    {
        var clash = await Db.Interviews.IgnoreQueryFilters().AnyAsync(i =>
            i.InterviewerId == interviewerId && i.Id != interviewId && i.Status == InterviewStatus.Scheduled
            && i.ScheduledStart < end && i.ScheduledEnd > start, ct);
        if (clash)
        {
            throw new DomainRuleException(ErrorCodes.InterviewOverlap, "The interviewer already has an interview in that slot.", "scheduledStart");
        }
    }

    private async Task EnsureWithinBudget(Engagement engagement, Guid interviewId, Money cost, CancellationToken ct)
    {
        var committed = await Db.CommittedAsync(engagement.Id, interviewId, ct);
        if (committed + cost.Amount > engagement.Pricing.BudgetCap)
        {
            throw new DomainRuleException(ErrorCodes.BudgetExceeded,
                $"Scheduling costs {cost}; with {committed} {cost.Currency} committed that exceeds the budget cap of {engagement.Pricing.BudgetCap} {cost.Currency}.", "assignmentId");
        }
    }

    private async Task EnsureWithinCapacity(Engagement engagement, Guid interviewId, DateTime start, CancellationToken ct)
    {
        var weekStart = start.Date.AddDays(-(((int)start.DayOfWeek + 6) % 7));
        var weekEnd = weekStart.AddDays(7);
        var booked = await Db.Interviews.CountAsync(i => i.EngagementId == engagement.Id && i.Id != interviewId
            && Interview.Billable.Contains(i.Status) && i.ScheduledStart >= weekStart && i.ScheduledStart < weekEnd, ct);
        if (booked >= engagement.WeeklyCapacity)
        {
            throw new DomainRuleException(ErrorCodes.CapacityExceeded,
                $"The engagement's weekly capacity of {engagement.WeeklyCapacity} interviews is used up in the week of {weekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.", "scheduledStart");
        }
    }
}
