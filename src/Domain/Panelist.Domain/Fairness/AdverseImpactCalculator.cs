using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Audits;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Metrics;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Fairness;

/// <summary>
/// Computes an <see cref="AdverseImpactReport"/> from the caller's organization's scorecards (the tenant filter
/// applies) and the demographics of their candidates, opened with the candidates' keys in memory and dropped at
/// once: only counts leave. Auditors, analysts and platform admins only; never recruiters or interviewers.
/// </summary>
public sealed class AdverseImpactCalculator(PanelistDbContext db, CandidateVault vault, RequestContext request, TimeProvider time,
    UnitOfWork unitOfWork, AuditTrail audit)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(365);

    /// <summary>Three years: a bias audit looks at one year; a longer window is refused to bound the rows read.</summary>
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(3 * 366);

    public const int MaxMinimumCellSize = 1000;

    public const int MaxJustificationLength = 1000;

    /// <summary>Who may read the aggregates (a subscription computes as its subscriber, so the same rule holds live).</summary>
    public static readonly Role[] Readers = [Role.PlatformAdmin, Role.Analyst, Role.Auditor];

    /// <summary>The report of <paramref name="scope"/> now; refuses with FORBIDDEN, NOT_FOUND, VALIDATION_FAILED or INVALID_TIME_RANGE.</summary>
    public async Task<AdverseImpactReport> ComputeAsync(AdverseImpactScope scope, AdverseImpactDefaults defaults, CancellationToken ct)
    {
        var report = await CheckAsync(scope, defaults, ct);
        var (start, end) = (report.From, report.To);
        var rows = await (
            from s in db.Scorecards.AsNoTracking()
            where s.SubmittedAt >= start && s.SubmittedAt < end
                && (scope.InterviewerId == null || s.InterviewerId == scope.InterviewerId)
                && (scope.RubricVersionId == null || s.RubricVersionId == scope.RubricVersionId)
            join i in db.Interviews.AsNoTracking() on s.InterviewId equals i.Id
            where scope.EngagementId == null || i.EngagementId == scope.EngagementId
            select new { i.CandidateId, s.Recommendation })
            .ToListAsync(ct);

        var candidateIds = rows.Select(r => r.CandidateId).OfType<Guid>().Distinct().ToList();
        var sealedAnswers = new Dictionary<Guid, string>();
        foreach (var batch in candidateIds.Chunk(500))
        {
            foreach (var row in await db.CandidateDemographics.AsNoTracking().Where(d => batch.Contains(d.CandidateId))
                         .Select(d => new { d.CandidateId, d.Ciphertext }).ToListAsync(ct))
            {
                sealedAnswers[row.CandidateId] = row.Ciphertext;
            }
        }

        var answers = (await vault.OpenFieldAsync(sealedAnswers, CandidateDemographics.Field, ct)).ToDictionary(a => a.Key, a => DemographicAnswer.Parse(a.Value));
        var decisions = rows.Select(r => new AdverseImpactDecision(r.Recommendation, r.CandidateId is { } c ? answers.GetValueOrDefault(c) : null)).ToList();
        return AdverseImpactComputation.Compute(report, decisions);
    }

    /// <summary>
    /// The refusals of <see cref="ComputeAsync"/> without its work, and the report's scope figures (tables empty):
    /// a subscription checks its scope once at subscribe.
    /// </summary>
    public async Task<AdverseImpactReport> CheckAsync(AdverseImpactScope scope, AdverseImpactDefaults defaults, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(defaults);
        if (!Readers.Contains(request.Actor.Role))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, $"A {ApiNames.Of(request.Actor.Role)} cannot read adverse-impact figures; auditors and analysts can.");
        }

        var organizationId = request.RequireOrganization();
        var (from, to) = Window(scope, Clock.Now(time));
        var minimum = scope.MinimumCellSize ?? defaults.MinimumCellSize;
        if (minimum is < 0 or > MaxMinimumCellSize)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, $"The minimum cell size must be 0 to {MaxMinimumCellSize}.", "minimumCellSize");
        }

        var justification = scope.ExclusionJustification is null ? null : Guard.Required(scope.ExclusionJustification, "exclusionJustification", MaxJustificationLength);
        if (scope.EngagementId is { } engagement && !await db.Engagements.AnyAsync(e => e.Id == engagement, ct))
        {
            throw new DomainRuleException(ErrorCodes.NotFound, "No engagement with that id exists here.", "engagement");
        }

        if (scope.InterviewerId is { } interviewer && !await db.Interviewers.AnyAsync(i => i.Id == interviewer, ct))
        {
            throw new DomainRuleException(ErrorCodes.NotFound, "No interviewer with that id exists.", "interviewer");
        }

        if (scope.RubricVersionId is { } version && !await db.RubricVersions.AnyAsync(v => v.Id == version, ct))
        {
            throw new DomainRuleException(ErrorCodes.NotFound, "No rubric version with that id exists.", "rubricVersion");
        }

        var empty = new AdverseImpactTable(DemographicDimension.Sex, 0, 0, 0, 0, null, null, new ValueList<AdverseImpactCell>([]));
        return new AdverseImpactReport(organizationId, scope.EngagementId, scope.InterviewerId, scope.RubricVersionId, from, to, 0, 0, 0, 0, minimum,
            justification is null ? null : defaults.ExcludeBelowShare, justification, empty, empty with { Dimension = DemographicDimension.RaceEthnicity },
            empty with { Dimension = DemographicDimension.Intersection });
    }

    /// <summary>
    /// Logs what an answer was used for, in the organization's audit chain: <c>adverse_impact.categories_excluded</c>
    /// (the justification and the categories it left out, LL144) or <c>adverse_impact.exported</c>.
    /// </summary>
    public async Task RecordAsync(string action, AdverseImpactReport report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = await unitOfWork.ExecuteAsync(() =>
        {
            audit.Record(action, nameof(Organization), report.OrganizationId, new
            {
                engagementId = report.EngagementId is { } e ? GlobalIds.Of<Engagements.Engagement>(e) : null,
                interviewerId = report.InterviewerId is { } i ? GlobalIds.Of<Interviewers.Interviewer>(i) : null,
                rubricVersionId = report.RubricVersionId is { } r ? GlobalIds.Of<Rubrics.RubricVersion>(r) : null,
                from = report.From,
                to = report.To,
                report.Assessed,
                report.MinimumCellSize,
                report.ExcludeBelowShare,
                justification = report.ExclusionJustification,
                excluded = new[] { report.Sex, report.RaceEthnicity, report.Intersection }
                    .SelectMany(t => t.Categories.Where(c => c.Impact.Exclusion is not null).Select(c => c.Impact.Category)).ToList(),
            });
            return Task.FromResult(true);
        }, ct);
        result.Unwrap();
    }

    private static (DateTime From, DateTime To) Window(AdverseImpactScope scope, DateTime now)
    {
        var to = scope.To is { } end ? Clock.Truncate(end) : now;
        var from = scope.From is { } start ? Clock.Truncate(start) : to - DefaultWindow;
        if (from >= to)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, "The window must start before it ends (from < to).", "from");
        }

        if (to - from > MaxWindow)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, $"The window may span at most {MaxWindow.TotalDays:0} days.", "to");
        }

        return (from, to);
    }
}
