using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Interviewers;

/// <summary>Root fields over interviewers.</summary>
public static class InterviewerQueries
{
    internal const string SkillsKey = "skills";

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterviewerType>>>>("interviewers")
            .Description("Interviewers by name, at most 100.")
            .Argument<IntGraphType>("first", "How many to return (1–100, default 20).")
            .ResolveAsync(async ctx =>
            {
                var first = ctx.GetArgument("first", 20);
                if (first is < 1 or > 100)
                {
                    throw new ExecutionError("first must be between 1 and 100.") { Code = "BAD_USER_INPUT" };
                }

                var db = ctx.RequestServices!.GetRequiredService<PanelistDbContext>();
                var interviewers = await db.Interviewers.AsNoTracking()
                    .Include(i => i.Skills).Include(i => i.Languages)
                    .OrderBy(i => i.Name).ThenBy(i => i.Id)
                    .Take(first).AsSplitQuery().ToListAsync(ctx.CancellationToken);
                var skillIds = interviewers.SelectMany(i => i.Skills).Select(s => s.SkillId).Distinct().ToList();
                ctx.UserContext[SkillsKey] = await db.Skills.AsNoTracking().Where(s => skillIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ctx.CancellationToken);
                return interviewers;
            });
    }
}
