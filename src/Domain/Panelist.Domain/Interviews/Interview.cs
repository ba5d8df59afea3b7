using Panelist.Domain.Common;
using Panelist.Domain.Candidates;
using Panelist.Domain.Engagements;

namespace Panelist.Domain.Interviews;

/// <summary>One interview of one candidate by one assigned interviewer, from request to outcome.</summary>
public sealed class Interview : Entity, ITenantOwned
{
    /// <summary>Statuses the client pays for: the interviewer's time was booked or spent.</summary>
    public static readonly InterviewStatus[] Billable = [InterviewStatus.Scheduled, InterviewStatus.Completed, InterviewStatus.NoShowCandidate];

    private Interview()
        : base(default(FromStore))
    {
    }

    /// <summary>A requested interview, priced in the engagement's currency from the start (its cost is 0 until it is booked).</summary>
    internal Interview(Engagement engagement, Candidate candidate, string? atsApplicationId, DateTime requestedAt, Guid? id = null)
        : base(id)
    {
        OrganizationId = engagement.OrganizationId;
        EngagementId = engagement.Id;
        Currency = engagement.Pricing.Currency;
        CandidateId = candidate.Id;
        AtsCandidateId = candidate.AtsCandidateId;
        AtsApplicationId = Guard.Optional(atsApplicationId, "candidate.atsApplicationId", 100);
        RequestedAt = requestedAt;
        SchedulingDueAt = requestedAt.AddDays(engagement.ServiceLevel.ScheduleWithinDays);
        Status = InterviewStatus.Requested;
    }

    public Guid OrganizationId { get; private set; }

    public Guid EngagementId { get; private set; }

    public Guid? AssignmentId { get; private set; }

    /// <summary>Copied from the assignment so overlap checks use one index.</summary>
    public Guid? InterviewerId { get; private set; }

    /// <summary>
    /// The person interviewed (<see cref="Candidates.Candidate"/>, personal data encrypted there). Null only on rows
    /// migrated from before candidates were data subjects, until the start-up import links them.
    /// </summary>
    public Guid? CandidateId { get; private set; }

    /// <summary>The candidate's ATS id as it stood when the interview was requested or its candidate corrected: what events carry.</summary>
    public string? AtsCandidateId { get; private set; }

    /// <summary>The ATS application (the candidate's application to this job) the interview belongs to.</summary>
    public string? AtsApplicationId { get; private set; }

    public DateTime RequestedAt { get; private set; }

    /// <summary>When the interview was first booked (a reschedule keeps it): the end of time to schedule.</summary>
    public DateTime? ScheduledAt { get; private set; }

    public DateTime? ScheduledStart { get; private set; }

    public DateTime? ScheduledEnd { get; private set; }

    public InterviewStatus Status { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public string? CancellationReason { get; private set; }

    public DateTime? CancelledAt { get; private set; }

    public decimal Cost { get; private set; }

    /// <summary>The scheduling SLA: booked by then (requested at + the engagement's scheduleWithinDays), or it escalates.</summary>
    public DateTime? SchedulingDueAt { get; private set; }

    /// <summary>When the SLA job found the interview still unbooked past <see cref="SchedulingDueAt"/>.</summary>
    public DateTime? SchedulingBreachedAt { get; private set; }

    /// <summary>The scorecard SLA: submitted by then (the scheduled end + the engagement's feedbackWithinHours).</summary>
    public DateTime? ScorecardDueAt { get; private set; }

    /// <summary>When the SLA job escalated a scorecard still missing past <see cref="ScorecardDueAt"/>.</summary>
    public DateTime? ScorecardBreachedAt { get; private set; }

    /// <summary>How the candidate joins (a video-call link), shown on the candidate page.</summary>
    public string? JoinUrl { get; private set; }

    /// <summary>The candidate's IANA time zone; the candidate page shows times in it.</summary>
    public string? CandidateTimeZone { get; private set; }

    /// <summary>The candidate's language (ISO 639-1); the candidate page uses it where a template exists.</summary>
    public string? CandidateLanguage { get; private set; }

    public string Currency { get; private set; } = "";

    public TimeSpan? Duration => ScheduledEnd - ScheduledStart;

    /// <summary>The price of an interview: the agreed rate per interview, or per hour times the duration.</summary>
    public static Money PriceOf(Assignment assignment, PricingModel model, DateTime start, DateTime end) => model switch
    {
        PricingModel.PerInterview => assignment.Rate,
        PricingModel.Hourly => new Money(decimal.Round(assignment.AgreedRate * (decimal)(end - start).TotalMinutes / 60m, 2), assignment.Currency),
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };

    public static void EnsureValidSlot(DateTime start, DateTime end)
    {
        var length = end - start;
        if (length <= TimeSpan.Zero || length > TimeSpan.FromHours(8))
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, "An interview must end after it starts and last at most 8 hours.", "scheduledEnd");
        }
    }

    internal void Schedule(Assignment assignment, DateTime start, DateTime end, Money cost, DateTime now)
    {
        if (Status is not (InterviewStatus.Requested or InterviewStatus.Scheduled))
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, $"An interview cannot be scheduled from {ApiNames.Of(Status)}.", "status");
        }

        AssignmentId = assignment.Id;
        InterviewerId = assignment.InterviewerId;
        ScheduledStart = Clock.Truncate(start);
        ScheduledEnd = Clock.Truncate(end);
        Cost = cost.Amount;
        Currency = cost.Currency;
        Status = InterviewStatus.Scheduled;
        ScheduledAt ??= now;
    }

    /// <summary>The scorecard is due N hours after the booked end; a reschedule moves the deadline with the slot.</summary>
    internal void WatchScorecard(ServiceLevel serviceLevel) =>
        ScorecardDueAt = ScheduledEnd?.AddHours(serviceLevel.FeedbackWithinHours);

    internal void RecordScorecardBreach(DateTime now) => ScorecardBreachedAt ??= now;

    internal void RecordSchedulingBreach(DateTime now) => SchedulingBreachedAt ??= now;

    internal void SetCandidatePage(string? joinUrl, string? timeZone, string? language)
    {
        JoinUrl = joinUrl is null ? null : Guard.HttpsUrl(joinUrl, "joinUrl");
        CandidateTimeZone = timeZone is null ? null : Guard.TimeZone(timeZone, "candidateTimeZone");
        CandidateLanguage = language is null ? null : Guard.Language(language, "candidateLanguage");
    }

    internal void Complete(DateTime now) => Finish(InterviewStatus.Completed, now, keepCost: true);

    internal void MarkNoShow(bool candidateMissing, DateTime now) =>
        Finish(candidateMissing ? InterviewStatus.NoShowCandidate : InterviewStatus.NoShowInterviewer, now, keepCost: candidateMissing);

    internal void Cancel(string reason, DateTime now)
    {
        if (Status is not (InterviewStatus.Requested or InterviewStatus.Scheduled))
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, $"An interview cannot be cancelled from {ApiNames.Of(Status)}.", "status");
        }

        CancellationReason = Guard.Required(reason, "reason", 500);
        CancelledAt = now;
        Cost = 0m;
        Status = InterviewStatus.Cancelled;
    }

    internal void ReferTo(Candidate candidate, string? atsApplicationId)
    {
        AtsCandidateId = candidate.AtsCandidateId;
        AtsApplicationId = Guard.Optional(atsApplicationId, "candidate.atsApplicationId", 100);
    }

    internal void LinkCandidate(Guid candidateId) => CandidateId ??= candidateId;

    private void Finish(InterviewStatus target, DateTime now, bool keepCost)
    {
        if (Status != InterviewStatus.Scheduled)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, $"An interview cannot go from {ApiNames.Of(Status)} to {ApiNames.Of(target)}.", "status");
        }

        if (ScheduledStart > now)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, "An interview cannot have an outcome before it starts.", "status");
        }

        Status = target;
        CompletedAt = now;
        if (!keepCost)
        {
            Cost = 0m;
        }
    }
}
