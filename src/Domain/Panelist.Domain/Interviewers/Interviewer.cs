using Panelist.Domain.Common;

namespace Panelist.Domain.Interviewers;

/// <summary>
/// A vetted freelancer. Interviewers belong to the platform, not to a client: clients see the public
/// profile only, and the email is private.
/// </summary>
public sealed class Interviewer : Entity
{
    private static readonly Dictionary<InterviewerStatus, InterviewerStatus[]> Transitions = new()
    {
        [InterviewerStatus.Applicant] = [InterviewerStatus.Onboarding, InterviewerStatus.Offboarded],
        [InterviewerStatus.Onboarding] = [InterviewerStatus.Active, InterviewerStatus.Offboarded],
        [InterviewerStatus.Active] = [InterviewerStatus.Suspended, InterviewerStatus.Offboarded],
        [InterviewerStatus.Suspended] = [InterviewerStatus.Active, InterviewerStatus.Offboarded],
        [InterviewerStatus.Offboarded] = [],
    };

    private readonly List<InterviewerSkill> _skills = [];
    private readonly List<InterviewerLanguage> _languages = [];
    private readonly List<Certification> _certifications = [];

    private Interviewer()
        : base(default(FromStore))
    {
    }

    public Interviewer(InterviewerProfile profile, RateCard rateCard, Guid? id = null)
        : base(id)
    {
        Email = Guard.Email(profile.Email, "email");
        ApplyProfile(profile);
        SetRateCard(rateCard);
        Status = InterviewerStatus.Applicant;
    }

    public string Name { get; private set; } = "";

    /// <summary>Private: visible to platform admins and the interviewer, never to clients.</summary>
    public string Email { get; private set; } = "";

    public string Headline { get; private set; } = "";

    public string CountryCode { get; private set; } = "";

    public string TimeZone { get; private set; } = "";

    /// <summary>Stored flat (not as a complex type) so rate-range searches use an index.</summary>
    public string RateCurrency { get; private set; } = "USD";

    public decimal HourlyRate { get; private set; }

    public decimal PerInterviewRate { get; private set; }

    public RateCard RateCard => new(RateCurrency, HourlyRate, PerInterviewRate);

    public InterviewerStatus Status { get; private set; }

    public ClassificationType? Classification { get; private set; }

    /// <summary>ISO 3166 country (optionally with subdivision) whose rules the classification follows.</summary>
    public string? ClassificationJurisdiction { get; private set; }

    public DateTime? ContractSignedAt { get; private set; }

    public DateTime? ContractExpiresAt { get; private set; }

    public DateTime? NdaSignedAt { get; private set; }

    public IReadOnlyList<InterviewerSkill> Skills => _skills;

    public IReadOnlyList<InterviewerLanguage> Languages => _languages;

    public IReadOnlyList<Certification> Certifications => _certifications;

    public void ApplyProfile(InterviewerProfile profile)
    {
        Name = Guard.Required(profile.Name, "name");
        Headline = Guard.Optional(profile.Headline, "headline", 200) ?? "";
        CountryCode = Guard.Country(profile.CountryCode, "countryCode");
        TimeZone = Guard.TimeZone(profile.TimeZone, "timeZone");
    }

    public void ChangeEmail(string email) => Email = Guard.Email(email, "email");

    public void SetRateCard(RateCard card)
    {
        RateCurrency = Guard.Currency(card.Currency, "rateCard.currency");
        HourlyRate = Guard.Amount(card.HourlyRate, "rateCard.hourlyRate");
        PerInterviewRate = Guard.Amount(card.PerInterviewRate, "rateCard.perInterviewRate");
    }

    public void SetSkill(Guid skillId, int level, int years)
    {
        Guard.Range(level, 1, 5, "level", ErrorCodes.SkillLevelOutOfRange);
        Guard.Range(years, 0, 60, "years");
        var existing = _skills.Find(s => s.SkillId == skillId);
        if (existing is null)
        {
            _skills.Add(new InterviewerSkill(Id, skillId, level, years));
            return;
        }

        existing.Level = level;
        existing.Years = years;
    }

    public bool RemoveSkill(Guid skillId) => _skills.RemoveAll(s => s.SkillId == skillId) > 0;

    public void SetLanguage(string code, LanguageLevel level)
    {
        var normalized = Guard.Language(code, "code");
        var existing = _languages.Find(l => l.Code == normalized);
        if (existing is null)
        {
            _languages.Add(new InterviewerLanguage(Id, normalized, level));
            return;
        }

        existing.Level = level;
    }

    public bool RemoveLanguage(string code) => _languages.RemoveAll(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase)) > 0;

    public void Classify(ClassificationType type, string jurisdiction) => ApplyClassification(type, jurisdiction);

    /// <summary>
    /// The summary of the current ledger record for the interviewer's jurisdiction; null when the test
    /// could not decide, which keeps the interviewer out of client work until someone reviews it.
    /// </summary>
    internal void ApplyClassification(ClassificationType? type, string jurisdiction)
    {
        Classification = type;
        ClassificationJurisdiction = Compliance.Jurisdictions.Normalize(jurisdiction, "jurisdiction");
    }

    public void RecordContract(DateTime signedAt, DateTime? expiresAt, DateTime? ndaSignedAt)
    {
        Guard.Instant(signedAt, "signedAt");
        Guard.OptionalInstant(expiresAt, "expiresAt");
        Guard.OptionalInstant(ndaSignedAt, "ndaSignedAt");
        if (expiresAt is { } end && end <= signedAt)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, "A contract must expire after it is signed.", "expiresAt");
        }

        ContractSignedAt = Clock.Truncate(signedAt);
        ContractExpiresAt = expiresAt is { } e ? Clock.Truncate(e) : null;
        NdaSignedAt = ndaSignedAt is { } n ? Clock.Truncate(n) : NdaSignedAt;
    }

    public void Certify(Guid rubricId, DateTime certifiedAt, DateTime expiresAt)
    {
        Guard.Instant(certifiedAt, "certifiedAt");
        Guard.Instant(expiresAt, "expiresAt");
        if (expiresAt <= certifiedAt)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, "A certification must expire after it is granted.", "expiresAt");
        }

        var existing = _certifications.Find(c => c.RubricId == rubricId);
        if (existing is null)
        {
            _certifications.Add(new Certification(Id, rubricId, Clock.Truncate(certifiedAt), Clock.Truncate(expiresAt)));
            return;
        }

        existing.CertifiedAt = Clock.Truncate(certifiedAt);
        existing.ExpiresAt = Clock.Truncate(expiresAt);
    }

    /// <summary>Compliant: classified, under a current contract and with a signed NDA.</summary>
    public bool IsCompliantAt(DateTime instant) => NonComplianceReason(instant) is null;

    /// <summary>Why the interviewer may not take client work at <paramref name="instant"/>, or null when they may.</summary>
    public string? NonComplianceReason(DateTime instant) => this switch
    {
        { Classification: null, ClassificationJurisdiction: null } => "The interviewer is not classified.",
        { Classification: null } => $"The interviewer's classification in {ClassificationJurisdiction} needs review.",
        { ContractSignedAt: null } => "The interviewer has no contract.",
        { ContractSignedAt: { } signed } when signed > instant => $"The interviewer's contract starts at {signed:O}.",
        { ContractExpiresAt: { } end } when end <= instant => $"The interviewer's contract expired at {end:O}.",
        { NdaSignedAt: null } => "The interviewer has not signed the NDA.",
        _ => null,
    };

    public bool IsCertifiedFor(Guid rubricId, DateTime instant) =>
        _certifications.Exists(c => c.RubricId == rubricId && c.IsValidAt(instant));

    public void TransitionTo(InterviewerStatus target, DateTime now)
    {
        if (!Transitions[Status].Contains(target))
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, $"An interviewer cannot go from {ApiNames.Of(Status)} to {ApiNames.Of(target)}.", "status");
        }

        if (target == InterviewerStatus.Active && !IsCompliantAt(now))
        {
            throw new DomainRuleException(ErrorCodes.InterviewerNotCompliant,
                "Only a classified interviewer with a current contract and a signed NDA can be active.", "status");
        }

        Status = target;
    }

    /// <summary>The checks for taking on client work; each refusal names the rule.</summary>
    public void EnsureAssignable(Guid rubricId, DateTime now)
    {
        if (Status != InterviewerStatus.Active)
        {
            throw new DomainRuleException(ErrorCodes.InterviewerNotActive, $"The interviewer is {ApiNames.Of(Status)}, not ACTIVE.", "interviewerId");
        }

        if (NonComplianceReason(now) is { } reason)
        {
            throw new DomainRuleException(ErrorCodes.InterviewerNotCompliant, reason, "interviewerId");
        }

        if (!IsCertifiedFor(rubricId, now))
        {
            var lapsed = _certifications.Find(c => c.RubricId == rubricId) is { } c && c.ExpiresAt <= now
                ? $" Its certification lapsed at {c.ExpiresAt:O}."
                : "";
            throw new DomainRuleException(ErrorCodes.InterviewerNotCertified, "The interviewer holds no current certification for the engagement's rubric." + lapsed, "interviewerId");
        }
    }
}
