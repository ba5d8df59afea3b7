using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Domain.Quality.Scores;

namespace Panelist.Domain.Engagements.Matching;

/// <summary>
/// Ranks the interviewers who could take an engagement's next interview, with every factor's weight, raw value and
/// contribution, and lists the others with machine-readable reasons (automated allocation is explained, as the EU
/// Platform Work Directive asks). The engagement is found through the tenant filter, so only its organization asks.
/// </summary>
public sealed class MatchingService(PanelistDbContext db, TimeProvider time, QualityScoreService quality, IOptions<MatchingOptions> options)
{
    /// <summary>Null when the engagement is not the caller organization's.</summary>
    public async Task<EngagementMatches?> MatchAsync(Guid engagementId, int first, CancellationToken ct)
    {
        var o = options.Value;
        var now = Clock.Now(time);
        var engagement = await db.Engagements.AsNoTracking().Include(e => e.RequiredSkills).FirstOrDefaultAsync(e => e.Id == engagementId, ct);
        if (engagement is null)
        {
            return null;
        }

        var rubricId = await db.RubricVersions.Where(v => v.Id == engagement.RubricVersionId).Select(v => v.RubricId).SingleAsync(ct);
        var required = engagement.RequiredSkills.Select(s => s.SkillId).ToList();
        var slugs = await db.Skills.AsNoTracking().Where(s => required.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Slug, ct);
        // Every platform interviewer is a candidate: the pool is thousands, not millions, and each needs its reasons.
        var interviewers = await db.Interviewers.AsNoTracking().Include(i => i.Skills).Include(i => i.Languages).Include(i => i.Certifications)
            .AsSplitQuery().OrderBy(i => i.Id).ToListAsync(ct);
        var weekEnd = now.AddDays(7);
        var booked = await db.Interviews.IgnoreQueryFilters().AsNoTracking()
            .Where(i => i.InterviewerId != null && i.Status == InterviewStatus.Scheduled && i.ScheduledStart >= now && i.ScheduledStart < weekEnd)
            .GroupBy(i => i.InterviewerId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var assigned = (await db.Assignments.AsNoTracking()
            .Where(a => a.EngagementId == engagementId && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted))
            .Select(a => a.InterviewerId).ToListAsync(ct)).ToHashSet();

        var excluded = new List<ExcludedInterviewer>();
        var eligible = new List<Interviewer>();
        foreach (var interviewer in interviewers)
        {
            var reasons = Exclusions(engagement, interviewer, rubricId, booked.GetValueOrDefault(interviewer.Id), slugs, now, o);
            if (reasons.Count > 0)
            {
                excluded.Add(new ExcludedInterviewer(interviewer.Id, reasons));
            }
            else
            {
                eligible.Add(interviewer);
            }
        }

        var scores = eligible.Count == 0 ? new Dictionary<Guid, QualityScore>() : await quality.CurrentAsync([.. eligible.Select(i => i.Id)], ct);
        var ranked = eligible.Select(i => (i, Factors: Factors(engagement, i, rubricId, booked.GetValueOrDefault(i.Id), scores.GetValueOrDefault(i.Id), now, o)))
            .Select(x => (x.i, x.Factors, Score: x.Factors.Sum(f => f.Contribution)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.i.Id).ToList();
        var matches = ranked.Take(first).Select((x, index) => new InterviewerMatch(index + 1, x.i.Id, x.Score, assigned.Contains(x.i.Id), x.Factors)).ToList();
        return new EngagementMatches(engagementId, matches, ranked.Count, [.. excluded.Take(first)], excluded.Count, o);
    }

    private static List<MatchExclusion> Exclusions(Engagement engagement, Interviewer interviewer, Guid rubricId, int booked, IReadOnlyDictionary<Guid, string> slugs,
        DateTime now, MatchingOptions o)
    {
        var reasons = new List<MatchExclusion>();
        if (interviewer.Status != InterviewerStatus.Active)
        {
            reasons.Add(new(MatchExclusionCode.InterviewerNotActive, $"The interviewer is {ApiNames.Of(interviewer.Status)}, not ACTIVE."));
        }

        if (interviewer.NonComplianceReason(now) is { } why)
        {
            reasons.Add(new(MatchExclusionCode.InterviewerNotCompliant, why));
        }

        if (!interviewer.IsCertifiedFor(rubricId, now))
        {
            reasons.Add(new(MatchExclusionCode.InterviewerNotCertified, "Holds no current certification for the engagement's rubric."));
        }

        reasons.AddRange(EngagementRequirements.Unmet(engagement, interviewer.Skills, interviewer.Languages, slugs));
        if (interviewer.RateCurrency != engagement.Pricing.Currency)
        {
            reasons.Add(new(MatchExclusionCode.CurrencyMismatch, $"The rate card is in {interviewer.RateCurrency}; the engagement pays in {engagement.Pricing.Currency}."));
        }

        if (booked >= o.InterviewerWeeklyCapacity)
        {
            reasons.Add(new(MatchExclusionCode.OverCapacity, $"{booked} interviews booked in the next 7 days; the capacity is {o.InterviewerWeeklyCapacity}."));
        }

        return reasons;
    }

    private static List<MatchFactor> Factors(Engagement engagement, Interviewer interviewer, Guid rubricId, int booked, QualityScore? score, DateTime now, MatchingOptions o)
    {
        var rate = engagement.Pricing.Model == PricingModel.Hourly ? interviewer.HourlyRate : interviewer.PerInterviewRate;
        var certification = interviewer.Certifications.Where(c => c.RubricId == rubricId && c.IsValidAt(now)).Max(c => c.ExpiresAt);
        var values = new (MatchFactorKind Kind, (double? Raw, double Normalized, string Explanation) Value)[]
        {
            (MatchFactorKind.Skills, MatchFactors.Skills(engagement, interviewer.Skills)),
            (MatchFactorKind.Languages, MatchFactors.Languages(engagement, interviewer.Languages)),
            (MatchFactorKind.TimeZoneOverlap, MatchFactors.Overlap(engagement.InterviewingHours, interviewer.TimeZone, now, o)),
            (MatchFactorKind.Load, MatchFactors.Load(booked, o)),
            (MatchFactorKind.Rate, MatchFactors.Rate(engagement, rate)),
            (MatchFactorKind.Certification, MatchFactors.Certification(certification, now)),
            (MatchFactorKind.QualityScore, MatchFactors.Quality(score?.Score, score?.Observations ?? 0, o)),
        };
        var total = values.Sum(v => o.WeightOf(v.Kind));
        return [.. values.Select(v => new MatchFactor(v.Kind, o.WeightOf(v.Kind), v.Value.Raw, v.Value.Normalized,
            total > 0 ? v.Value.Normalized * o.WeightOf(v.Kind) / total : 0, v.Value.Explanation))];
    }
}
