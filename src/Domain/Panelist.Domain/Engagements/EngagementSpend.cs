using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Engagements;

/// <summary>What an engagement has committed of its budget: the cost of its billable interviews.</summary>
public static class EngagementSpend
{
    /// <summary>The committed amount, leaving out <paramref name="excludingInterviewId"/> (the one being rebooked).</summary>
    public static async Task<decimal> CommittedAsync(this PanelistDbContext db, Guid engagementId, Guid? excludingInterviewId, CancellationToken ct)
    {
        // Summed here rather than in SQL: SQLite stores money as scaled integers and the sum must be exact.
        var costs = await db.Interviews
            .Where(i => i.EngagementId == engagementId && i.Id != excludingInterviewId && Interview.Billable.Contains(i.Status))
            .Select(i => i.Cost).ToListAsync(ct);
        return costs.Sum();
    }
}
