using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Compliance;
using Panelist.Domain.Persistence;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Skills;

namespace Panelist.Domain.Interviewers;

/// <summary>
/// Every change to an interviewer's record. Platform admins manage interviewers; interviewers may edit
/// their own profile, skills and languages. Changes land in the platform's audit chain.
/// </summary>
public sealed class InterviewerService(DomainScope scope) : DomainService(scope)
{
    public Task<Result<Interviewer>> RegisterAsync(InterviewerProfile profile, RateCard rateCard, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        var interviewer = new Interviewer(profile, rateCard);
        if (await Db.Interviewers.AnyAsync(i => i.Email == interviewer.Email, ct))
        {
            throw new DomainRuleException(ErrorCodes.InterviewerEmailTaken, "An interviewer with this email exists.", "email");
        }

        await EnsureRatesAtLeastMinimumAsync(interviewer, ct);
        Db.Interviewers.Add(interviewer);
        await Record("interviewer.registered", interviewer, new { interviewer.Name, interviewer.CountryCode, interviewer.TimeZone }, ct);
        return interviewer;
    }, ct);

    public Task<Result<Interviewer>> UpdateProfileAsync(Guid interviewerId, InterviewerProfile profile, CancellationToken ct = default) =>
        Change(interviewerId, selfAllowed: true, "interviewer.profile_updated", i =>
        {
            i.ApplyProfile(profile);
            return new { i.Name, i.Headline, i.CountryCode, i.TimeZone };
        }, ct);

    /// <summary>Replaces the rate card; neither rate may fall below a minimum-rate rule that binds the interviewer.</summary>
    public Task<Result<Interviewer>> SetRateCardAsync(Guid interviewerId, RateCard card, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        var interviewer = Found(await Load(interviewerId, ct), "interviewer", "interviewerId");
        interviewer.SetRateCard(card);
        await EnsureRatesAtLeastMinimumAsync(interviewer, ct);
        await Record("interviewer.rate_card_set", interviewer, interviewer.RateCard, ct);
        return interviewer;
    }, ct);

    public Task<Result<Interviewer>> SetSkillAsync(Guid interviewerId, Guid skillId, int level, int years, CancellationToken ct = default) =>
        Change(interviewerId, selfAllowed: true, "interviewer.skill_set", i =>
        {
            i.SetSkill(skillId, level, years);
            return new { skillId = GlobalIds.Of<Skill>(skillId), level, years };
        }, ct, precheck: async () => Found(await Db.Skills.FindAsync([skillId], ct), "skill", "skillId"));

    public Task<Result<Interviewer>> RemoveSkillAsync(Guid interviewerId, Guid skillId, CancellationToken ct = default) =>
        Change(interviewerId, selfAllowed: true, "interviewer.skill_removed", i => i.RemoveSkill(skillId)
            ? new { skillId = GlobalIds.Of<Skill>(skillId) }
            : throw new DomainRuleException(ErrorCodes.NotFound, "The interviewer has no such skill.", "skillId"), ct);

    public Task<Result<Interviewer>> SetLanguageAsync(Guid interviewerId, string code, LanguageLevel level, CancellationToken ct = default) =>
        Change(interviewerId, selfAllowed: true, "interviewer.language_set", i =>
        {
            i.SetLanguage(code, level);
            return new { code, level };
        }, ct);

    public Task<Result<Interviewer>> RemoveLanguageAsync(Guid interviewerId, string code, CancellationToken ct = default) =>
        Change(interviewerId, selfAllowed: true, "interviewer.language_removed", i => i.RemoveLanguage(code)
            ? new { code }
            : throw new DomainRuleException(ErrorCodes.NotFound, "The interviewer has no such language.", "code"), ct);

    /// <summary>
    /// States a classification without a test. It becomes the summary at once (this jurisdiction becomes the
    /// interviewer's), and the ledger keeps it as a DECLARED record that needs review.
    /// </summary>
    public Task<Result<Interviewer>> ClassifyAsync(Guid interviewerId, ClassificationType type, string jurisdiction, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        var normalized = Jurisdictions.Normalize(jurisdiction, "jurisdiction");
        await Db.LockForUpdateAsync<Interviewer>(interviewerId, ct);
        var interviewer = Found(await Load(interviewerId, ct), "interviewer", "interviewerId");
        interviewer.Classify(type, normalized);
        var record = ClassificationRecord.Declare(interviewer.Id, normalized, type, Actor, Now);
        await ClassificationLedger.AppendAsync(Db, interviewer, record, Now, ct);
        await Record("interviewer.classified", interviewer, new { type, jurisdiction = normalized, recordId = GlobalIds.Of<ClassificationRecord>(record.Id) }, ct);
        return interviewer;
    }, ct);

    public Task<Result<Interviewer>> RecordContractAsync(Guid interviewerId, DateTime signedAt, DateTime? expiresAt, DateTime? ndaSignedAt, CancellationToken ct = default) =>
        Change(interviewerId, selfAllowed: false, "interviewer.contract_recorded", i =>
        {
            i.RecordContract(signedAt, expiresAt, ndaSignedAt);
            return new { i.ContractSignedAt, i.ContractExpiresAt, i.NdaSignedAt };
        }, ct);

    public Task<Result<Interviewer>> CertifyAsync(Guid interviewerId, Guid rubricId, DateTime certifiedAt, DateTime expiresAt, CancellationToken ct = default) =>
        Change(interviewerId, selfAllowed: false, "interviewer.certified", i =>
        {
            i.Certify(rubricId, certifiedAt, expiresAt);
            return new { rubricId = GlobalIds.Of<Rubric>(rubricId), certifiedAt, expiresAt };
        }, ct, precheck: async () => Found(await CertifiableRubrics.FirstOrDefaultAsync(r => r.Id == rubricId, ct), "rubric", "rubricId"));

    /// <summary>
    /// The platform vets its interviewers for any client's rubric, so a platform admin certifies across
    /// organizations; anyone else only on the rubrics they can see.
    /// </summary>
    private IQueryable<Rubric> CertifiableRubrics => Actor.IsPlatformAdmin ? Db.Rubrics.IgnoreQueryFilters() : Db.Rubrics;

    public Task<Result<Interviewer>> ChangeStatusAsync(Guid interviewerId, InterviewerStatus status, CancellationToken ct = default) =>
        Change(interviewerId, selfAllowed: false, "interviewer.status_changed", i =>
        {
            var from = i.Status;
            i.TransitionTo(status, Now);
            return new { from, to = status };
        }, ct);

    private Task<Result<Interviewer>> Change(
        Guid interviewerId, bool selfAllowed, string action, Func<Interviewer, object> apply, CancellationToken ct, Func<Task<object>>? precheck = null) =>
        Run(async () =>
        {
            if (!(Actor.IsPlatformAdmin || (selfAllowed && Actor.InterviewerId == interviewerId)))
            {
                throw new DomainRuleException(ErrorCodes.Forbidden, "Only a platform admin (or, for the profile, the interviewer) may change an interviewer.");
            }

            if (precheck is not null)
            {
                await precheck();
            }

            var interviewer = Found(await Load(interviewerId, ct), "interviewer", "interviewerId");
            var summary = apply(interviewer);
            await Record(action, interviewer, summary, ct);
            return interviewer;
        }, ct);

    private async Task EnsureRatesAtLeastMinimumAsync(Interviewer interviewer, CancellationToken ct)
    {
        await MinimumRates.EnsureAtLeastAsync(Db, interviewer, RateUnit.PerHour, new Money(interviewer.HourlyRate, interviewer.RateCurrency), Now, "rateCard.hourlyRate", ct);
        await MinimumRates.EnsureAtLeastAsync(Db, interviewer, RateUnit.PerInterview, new Money(interviewer.PerInterviewRate, interviewer.RateCurrency), Now,
            "rateCard.perInterviewRate", ct);
    }

    private Task<Interviewer?> Load(Guid id, CancellationToken ct) => Db.Interviewers
        .Include(i => i.Skills).Include(i => i.Languages).Include(i => i.Certifications)
        .AsSplitQuery()
        .FirstOrDefaultAsync(i => i.Id == id, ct);

    private Task Record(string action, Interviewer interviewer, object summary, CancellationToken ct) =>
        Audit.RecordPlatformAsync(action, nameof(Interviewer), interviewer.Id, summary, ct);
}
