using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.Audits;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Domain.Audits;
using Panelist.Domain.Candidates;

namespace Panelist.Api.Candidates;

/// <summary>
/// <c>Candidate.accessLog</c>: who viewed, changed, exported or erased the person's data, and when, straight from the
/// organization's tamper-evident trail (reads recorded per interview before candidates were data subjects included).
/// </summary>
public static class CandidateAccessLog
{
    private const int MaxEntries = 500;

    public static void AddTo(ObjectGraphType<Candidate> type)
    {
        type.Field<ListGraphType<NonNullGraphType<AuditEntryType>>>("accessLog")
            .Description($"Audit entries about this person's data, newest first (at most {MaxEntries}).")
            .Argument<IntGraphType>("first", $"How many (1–{MaxEntries}, default 100).")
            .AllowRoles(Roles.AuditTrail)
            .ResolveAsync(async ctx =>
            {
                var first = Math.Clamp(ctx.GetArgument("first", 100), 1, MaxEntries);
                var candidate = ctx.Source.Id.ToString();
                var db = ctx.Db();
                // Formatted here, not in SQL: providers spell a uuid as text differently; the trail holds .NET's "D" form.
                var interviews = (await db.Interviews.AsNoTracking().Where(i => i.CandidateId == ctx.Source.Id).Select(i => i.Id).ToListAsync(ctx.CancellationToken))
                    .Select(id => id.ToString()).ToList();
                return await db.AuditEntries.AsNoTracking()
                    .Where(e => (e.SubjectType == nameof(Candidate) && e.SubjectId == candidate)
                        || (e.SubjectType == "Interview" && e.Action == "candidate.viewed" && interviews.Contains(e.SubjectId)))
                    .OrderByDescending(e => e.Sequence).Take(first).ToListAsync(ctx.CancellationToken);
            });
    }
}
