using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Skills;

namespace Panelist.Domain.Persistence;

/// <summary>A skill an interviewer holds, with the skill's catalog row.</summary>
public sealed class HeldSkill
{
    public required InterviewerSkill Held { get; init; }

    public required Skill Skill { get; init; }
}

/// <summary>
/// The skills a page of interviewers holds, strongest first, untracked, as a compiled query: every search page reads
/// them, and building the LINQ query (a join, two orderings) and finding it in EF's cache on each one cost 16 KB of
/// the search's 293 KB per request (the benchmark's <c>--only interviewer</c>). One compiled query per EF model (<see cref="CompiledPerModel{TQuery, T}"/>).
/// </summary>
public static class HeldSkills
{
    private static readonly CompiledPerModel<Func<PanelistDbContext, Guid[], IAsyncEnumerable<HeldSkill>>, HeldSkill> Query = new((_, _) =>
        EF.CompileAsyncQuery<PanelistDbContext, Guid[], HeldSkill>((db, ids) =>
            db.Set<InterviewerSkill>().AsNoTracking().Where(s => ids.Contains(s.InterviewerId))
                .Join(db.Skills.AsNoTracking(), s => s.SkillId, k => k.Id, (s, k) => new HeldSkill { Held = s, Skill = k })
                .OrderByDescending(r => r.Held.Level).ThenBy(r => r.Held.SkillId)));

    public static async Task<List<HeldSkill>> HeldSkillsAsync(this PanelistDbContext db, IReadOnlyCollection<Guid> interviewerIds, CancellationToken ct)
    {
        var rows = new List<HeldSkill>();
        await foreach (var row in Query.For(db)(db, [.. interviewerIds]).WithCancellation(ct))
        {
            rows.Add(row);
        }

        return rows;
    }
}
