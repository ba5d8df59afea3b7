using Panelist.Domain.Common;

namespace Panelist.Domain.Engagements;

/// <summary>
/// A client's hiring need served by freelancers: the brief, the terms, the pinned rubric version and
/// the interviewers assigned to it.
/// </summary>
public sealed class Engagement : Entity, ITenantOwned
{
    private static readonly Dictionary<EngagementStatus, EngagementStatus[]> Transitions = new()
    {
        [EngagementStatus.Draft] = [EngagementStatus.Open, EngagementStatus.Closed],
        [EngagementStatus.Open] = [EngagementStatus.Active, EngagementStatus.Closed],
        [EngagementStatus.Active] = [EngagementStatus.Paused, EngagementStatus.Closed],
        [EngagementStatus.Paused] = [EngagementStatus.Active, EngagementStatus.Closed],
        [EngagementStatus.Closed] = [],
    };

    private readonly List<EngagementSkill> _requiredSkills = [];

    private Engagement()
        : base(default(FromStore))
    {
    }

    public Engagement(Guid organizationId, Guid rubricVersionId, EngagementDetails details, Guid? id = null)
        : base(id)
    {
        OrganizationId = organizationId;
        RubricVersionId = rubricVersionId;
        Status = EngagementStatus.Draft;
        Apply(details);
    }

    public Guid OrganizationId { get; private set; }

    public string Title { get; private set; } = "";

    public string Brief { get; private set; } = "";

    /// <summary>The job (requisition) id in the client's ATS.</summary>
    public string? AtsJobId { get; private set; }

    /// <summary>The ATS interview stage the engagement's interviews belong to (e.g. a Greenhouse job stage id).</summary>
    public string? AtsStageId { get; private set; }

    /// <summary>The ATS interview type of the engagement's interviews (e.g. a Workday interview type reference).</summary>
    public string? AtsInterviewTypeId { get; private set; }

    /// <summary>The interview of the job's hiring plan that the engagement's interviews fill (Greenhouse's <c>interview_id</c>).</summary>
    public string? AtsHiringPlanInterviewId { get; private set; }

    public Guid RubricVersionId { get; private set; }

    public Pricing Pricing { get; private set; } = new(PricingModel.PerInterview, "USD", 0m);

    public ServiceLevel ServiceLevel { get; private set; } = new(5, 24);

    /// <summary>The most interviews that may be scheduled to start within one ISO week.</summary>
    public int WeeklyCapacity { get; private set; }

    public DateTime StartsAt { get; private set; }

    public DateTime? EndsAt { get; private set; }

    public List<string> RequiredLanguages { get; private set; } = [];

    /// <summary>Stored flat (three nullable columns) so that an engagement without hours needs no row or JSON.</summary>
    public string? InterviewingTimeZone { get; private set; }

    public int? InterviewingFromMinute { get; private set; }

    public int? InterviewingToMinute { get; private set; }

    public InterviewingHours? InterviewingHours => InterviewingTimeZone is { } zone && InterviewingFromMinute is { } from && InterviewingToMinute is { } to
        ? new(zone, from, to)
        : null;

    public IReadOnlyList<EngagementSkill> RequiredSkills => _requiredSkills;

    public EngagementStatus Status { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public void Edit(EngagementDetails details)
    {
        if (Status == EngagementStatus.Closed)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, "A closed engagement cannot be edited.", "engagementId");
        }

        Apply(details);
    }

    /// <summary>Pins another rubric version; only before interviews are rated, i.e. while in Draft.</summary>
    public void PinRubricVersion(Guid rubricVersionId)
    {
        if (Status != EngagementStatus.Draft)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, "The rubric version can only change while the engagement is a draft.", "rubricVersionId");
        }

        RubricVersionId = rubricVersionId;
    }

    public void TransitionTo(EngagementStatus target, DateTime now)
    {
        if (!Transitions[Status].Contains(target))
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, $"An engagement cannot go from {ApiNames.Of(Status)} to {ApiNames.Of(target)}.", "status");
        }

        Status = target;
        if (target == EngagementStatus.Closed)
        {
            ClosedAt = now;
        }
    }

    /// <summary>Interviews are held within the engagement's period: from its start, ending by its end (when it has one).</summary>
    public void EnsureWithinPeriod(DateTime start, DateTime end)
    {
        var period = EndsAt is { } ends
            ? $"from {Format(StartsAt)} to {Format(ends)}"
            : $"from {Format(StartsAt)}";
        if (start < StartsAt || start >= EndsAt)
        {
            throw new DomainRuleException(ErrorCodes.OutsideEngagementPeriod, $"The engagement runs {period}; the interview must start within it.", "scheduledStart");
        }

        if (end > EndsAt)
        {
            throw new DomainRuleException(ErrorCodes.OutsideEngagementPeriod, $"The engagement runs {period}; the interview must end by its end.", "scheduledEnd");
        }
    }

    public void EnsureAcceptsInterviews()
    {
        if (Status != EngagementStatus.Active)
        {
            throw new DomainRuleException(ErrorCodes.EngagementNotActive, $"The engagement is {ApiNames.Of(Status)}; interviews need an ACTIVE engagement.", "engagementId");
        }
    }

    private static string Format(DateTime instant) => instant.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    private void Apply(EngagementDetails details)
    {
        Title = Guard.Required(details.Title, "title");
        Brief = Guard.Optional(details.Brief, "brief", 20_000) ?? "";
        AtsJobId = Guard.Optional(details.AtsJobId, "atsJobId", 100);
        AtsStageId = Guard.Optional(details.AtsStageId, "atsStageId", 100);
        AtsInterviewTypeId = Guard.Optional(details.AtsInterviewTypeId, "atsInterviewTypeId", 100);
        AtsHiringPlanInterviewId = Guard.Optional(details.AtsHiringPlanInterviewId, "atsHiringPlanInterviewId", 100);
        Pricing = new Pricing(details.Pricing.Model,
            Guard.Currency(details.Pricing.Currency, "pricing.currency"),
            Guard.Amount(details.Pricing.BudgetCap, "pricing.budgetCap"));
        ServiceLevel = new ServiceLevel(
            Guard.Range(details.ServiceLevel.ScheduleWithinDays, 1, 90, "serviceLevel.scheduleWithinDays"),
            Guard.Range(details.ServiceLevel.FeedbackWithinHours, 1, 720, "serviceLevel.feedbackWithinHours"));
        WeeklyCapacity = Guard.Range(details.WeeklyCapacity, 1, 10_000, "weeklyCapacity");
        Guard.Instant(details.StartsAt, "startsAt");
        Guard.OptionalInstant(details.EndsAt, "endsAt");
        if (details.EndsAt is { } end && end <= details.StartsAt)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, "The engagement must end after it starts.", "endsAt");
        }

        StartsAt = Clock.Truncate(details.StartsAt);
        EndsAt = details.EndsAt is { } e ? Clock.Truncate(e) : null;
        InterviewingTimeZone = details.InterviewingHours?.TimeZone;
        InterviewingFromMinute = details.InterviewingHours?.FromMinute;
        InterviewingToMinute = details.InterviewingHours?.ToMinute;
        RequiredLanguages = [.. details.RequiredLanguages.Select(l => Guard.Language(l, "requiredLanguages")).Distinct()];
        if (details.RequiredSkills.GroupBy(s => s.SkillId).Any(g => g.Count() > 1))
        {
            // Two levels for one skill leave no way to tell which the client meant.
            throw new DomainRuleException(ErrorCodes.ValidationFailed, "Each required skill is listed once.", "requiredSkills");
        }

        _requiredSkills.Clear();
        foreach (var skill in details.RequiredSkills)
        {
            _requiredSkills.Add(new EngagementSkill(Id, skill.SkillId,
                Guard.Range(skill.MinLevel, 1, 5, "requiredSkills.minLevel", ErrorCodes.SkillLevelOutOfRange)));
        }
    }
}
