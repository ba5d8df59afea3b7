using System.Text.Json;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Errors;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Candidates;

/// <summary>
/// Builds the answer to a data subject access request: everything held about one candidate, as one JSON document,
/// and records <c>candidate.exported</c>. Ids are global ids, so the document can be matched with the API.
/// </summary>
public static class CandidateExport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<CandidateDataExport> ExportAsync(IResolveFieldContext ctx, Guid candidateId)
    {
        var db = ctx.Db();
        var ct = ctx.CancellationToken;
        var candidate = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == candidateId, ct) ?? throw ApiError.NotFound("candidate");
        var revealed = (await ctx.Service<CandidateVault>().RevealAsync([candidate], ct)).GetValueOrDefault(candidate.Id);
        var interviews = await db.Interviews.AsNoTracking().Where(i => i.CandidateId == candidateId).OrderBy(i => i.RequestedAt).ToListAsync(ct);
        var interviewIds = interviews.Select(i => i.Id).ToList();
        var engagementIds = interviews.Select(i => i.EngagementId).Distinct().ToList();
        var engagements = await db.Engagements.AsNoTracking().Where(e => engagementIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, ct);
        var scorecards = await db.Scorecards.AsNoTracking().Where(s => interviewIds.Contains(s.InterviewId)).ToDictionaryAsync(s => s.InterviewId, ct);
        var feedback = await db.CandidateFeedback.AsNoTracking().Where(f => interviewIds.Contains(f.InterviewId)).ToDictionaryAsync(f => f.InterviewId, ct);
        var holds = await db.LegalHolds.AsNoTracking().Where(h => h.CandidateId == candidateId).ToListAsync(ct);
        var subject = candidateId.ToString();
        var log = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectType == nameof(Candidate) && e.SubjectId == subject)
            .OrderBy(e => e.Sequence).Select(e => new { e.OccurredAt, e.Action, e.ActorType, e.ActorId }).ToListAsync(ct);
        var now = Clock.Now(ctx.Service<TimeProvider>());
        var document = new
        {
            generatedAt = now,
            candidate = new
            {
                id = GlobalIds.Of<Candidate>(candidate.Id),
                name = revealed?.Name,
                email = revealed?.Email,
                candidate.AtsCandidateId,
                candidate.CreatedAt,
                candidate.ErasedAt,
            },
            interviews = interviews.Select(i => new
            {
                id = GlobalIds.Of<Domain.Interviews.Interview>(i.Id),
                engagement = engagements.GetValueOrDefault(i.EngagementId),
                status = ApiNames.Of(i.Status),
                i.RequestedAt,
                i.ScheduledStart,
                i.ScheduledEnd,
                i.CompletedAt,
                i.CancelledAt,
                i.AtsApplicationId,
                scorecard = scorecards.GetValueOrDefault(i.Id) is { } s
                    ? new
                    {
                        recommendation = ApiNames.Of(s.Recommendation),
                        s.Summary,
                        s.WeightedScore,
                        s.SubmittedAt,
                        ratings = s.Ratings.Select(r => new { r.CriterionKey, r.Rating, r.Evidence }),
                    }
                    : null,
                feedback = feedback.GetValueOrDefault(i.Id) is { } f ? new { f.Score, f.Comment, f.CreatedAt } : null,
            }),
            legalHolds = holds.Select(h => new { h.Reason, placedAt = h.CreatedAt, h.ReleasedAt }),
            accessLog = log.Select(e => new { at = e.OccurredAt, e.Action, actor = $"{ApiNames.Of(e.ActorType)}:{e.ActorId}" }),
        };
        var text = JsonSerializer.Serialize(document, Json);
        var recorded = await ctx.Service<UnitOfWork>().ExecuteAsync(() =>
        {
            ctx.Service<Domain.Audits.AuditTrail>().Record("candidate.exported", nameof(Candidate), candidate.Id, new { interviews = interviews.Count });
            return Task.FromResult(true);
        }, ct);
        _ = recorded.Unwrap();
        return new CandidateDataExport(candidate.Id, now, text);
    }
}
