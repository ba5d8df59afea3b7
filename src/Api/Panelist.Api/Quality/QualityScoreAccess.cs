using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Quality.Scores;

namespace Panelist.Api.Quality;

/// <summary>
/// Who sees an interviewer's quality score: the interviewer, platform admins and quality reviewers, and the staff of an
/// organization the interviewer is invited to or working for (found through the tenant-filtered assignments, so never
/// another client's); null for anyone else, like the compliance status.
/// </summary>
public static class QualityScoreAccess
{
    public static async Task<HashSet<Guid>> ReadableAsync(IResolveFieldContext ctx, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var actor = ctx.Actor();
        switch (actor)
        {
            case { Role: Role.PlatformAdmin or Role.QualityReviewer }:
                return [.. ids];
            case { InterviewerId: { } me }:
                return ids.Contains(me) ? [me] : [];
            case { Role: Role.ClientAdmin or Role.Recruiter or Role.Analyst or Role.Auditor }:
                var working = await ctx.Db().Assignments.AsNoTracking()
                    .Where(a => ids.Contains(a.InterviewerId) && (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted))
                    .Select(a => a.InterviewerId).Distinct().ToListAsync(ct);
                return [.. working];
            default:
                return [];
        }
    }

    /// <summary>The current score of each interviewer of the page the caller may read, in one load.</summary>
    public static IDataLoaderResult<QualityScore?> Current(IResolveFieldContext ctx, Guid interviewerId) =>
        ctx.Loaders().ByKey<Guid, QualityScore>("interviewer.qualityScore", async (ids, ct) =>
        {
            var readable = await ReadableAsync(ctx, ids, ct);
            return readable.Count == 0
                ? new Dictionary<Guid, QualityScore>()
                : await ctx.Service<QualityScoreService>().CurrentAsync(readable, ct);
        }).Load(interviewerId);
}
