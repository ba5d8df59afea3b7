using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Engagements;

/// <summary>What an engagement has committed of its budget: the cost of its billable interviews.</summary>
public static class EngagementSpend
{
    /// <summary>The committed amount, leaving out <paramref name="excludingInterviewId"/> (the one being rebooked).</summary>
    public static async Task<decimal> CommittedAsync(this PanelistDbContext db, Guid engagementId, Guid? excludingInterviewId, CancellationToken ct) =>
        (await CommittedBudget.ForEngagementsAsync(db, db.Interviews.Where(i => i.Id != excludingInterviewId), [engagementId], ct)).GetValueOrDefault(engagementId);
}
