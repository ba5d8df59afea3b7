using Microsoft.EntityFrameworkCore;

namespace Panelist.Domain.Interviews;

/// <summary>
/// What an engagement's budget cap counts: the cost of its billable interviews (scheduled, held, or
/// a candidate no-show). Scheduling checks the cap with it and the API shows it, so the two agree.
/// </summary>
public static class CommittedBudget
{
    /// <summary>The committed amount per engagement, in the engagement's currency; engagements with none are absent.</summary>
    public static async Task<IReadOnlyDictionary<Guid, decimal>> ForEngagementsAsync(Persistence.PanelistDbContext db, IQueryable<Interview> interviews,
        IReadOnlyCollection<Guid> engagementIds, CancellationToken ct)
    {
        var billable = interviews.Where(i => engagementIds.Contains(i.EngagementId) && Interview.Billable.Contains(i.Status));
        if (!db.Database.IsSqlite())
        {
            // numeric sums in PostgreSQL are exact: one row per engagement instead of every billable interview.
            return await billable.GroupBy(i => i.EngagementId).Select(g => new { g.Key, Sum = g.Sum(i => i.Cost) })
                .ToDictionaryAsync(g => g.Key, g => g.Sum, ct);
        }

        // Summed here rather than in SQL: SQLite stores money as scaled integers and the sum must be exact.
        var costs = await billable.Select(i => new { i.EngagementId, i.Cost }).ToListAsync(ct);
        return costs.GroupBy(c => c.EngagementId).ToDictionary(g => g.Key, g => g.Sum(c => c.Cost));
    }
}
