using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Idempotency;

/// <summary>Reads and stores what keyed requests did, and forgets keys after <see cref="IdempotencyRecord.Retention"/>.</summary>
public sealed class IdempotencyStore(PanelistDbContext db, TimeProvider time)
{
    /// <summary>The live rows of a key; rows past retention are deleted, so the key starts afresh.</summary>
    public async Task<IReadOnlyList<IdempotencyRecord>> LoadAsync(string scope, string key, CancellationToken ct)
    {
        var rows = await db.IdempotencyKeys.AsNoTracking().Where(r => r.Scope == scope && r.Key == key).ToListAsync(ct);
        var cutoff = Clock.Now(time) - IdempotencyRecord.Retention;
        if (rows.Any(r => r.CreatedAt < cutoff))
        {
            await db.IdempotencyKeys.Where(r => r.Scope == scope && r.Key == key && r.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
        }

        return [.. rows.Where(r => r.CreatedAt >= cutoff)];
    }

    /// <summary>Deletes every row past retention; returns how many.</summary>
    public Task<int> PruneAsync(CancellationToken ct)
    {
        var cutoff = Clock.Now(time) - IdempotencyRecord.Retention;
        return db.IdempotencyKeys.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
    }
}
