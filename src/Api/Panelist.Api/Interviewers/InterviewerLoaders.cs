using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.Skills;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Interviewers;

public static class InterviewerLoaders
{
    public static IDataLoaderResult<Interviewer?> Interviewer(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, Interviewer>("interviewer", async (ids, ct) =>
            await ctx.Db().Interviewers.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct)).Load(id);

    /// <summary>With the skills themselves joined in (a small catalog row each), so that <c>skill { … }</c> costs no second query.</summary>
    public static IDataLoaderResult<IReadOnlyList<InterviewerSkill>?> Skills(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().Grouped<Guid, InterviewerSkill>("interviewer.skills", async (ids, ct) =>
        {
            var rows = await ctx.Db().HeldSkillsAsync(ids, ct);
            SkillLoaders.Prime(ctx, rows.Select(r => r.Skill));
            return rows.Select(r => r.Held).ToLookup(s => s.InterviewerId);
        }).Load(id);

    public static IDataLoaderResult<IReadOnlyList<InterviewerLanguage>?> Languages(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().Grouped<Guid, InterviewerLanguage>("interviewer.languages", async (ids, ct) =>
            (await ctx.Db().Set<InterviewerLanguage>().AsNoTracking().Where(l => ids.Contains(l.InterviewerId))
                .OrderBy(l => l.Code).ToListAsync(ct)).ToLookup(l => l.InterviewerId)).Load(id);

    /// <summary>
    /// Only the certifications on rubrics the caller can see (which client's criteria an interviewer was vetted
    /// on is that client's business); a platform admin, who certifies on any client's rubric, sees them all.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<Certification>?> Certifications(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().Grouped<Guid, Certification>("interviewer.certifications", async (ids, ct) =>
            (await ctx.Db().Set<Certification>().AsNoTracking()
                .Where(c => ids.Contains(c.InterviewerId) && Rubrics.RubricLoaders.Certifiable(ctx).Any(r => r.Id == c.RubricId))
                .OrderBy(c => c.ExpiresAt).ToListAsync(ct)).ToLookup(c => c.InterviewerId)).Load(id);
}
