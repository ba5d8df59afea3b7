using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Integrations;

/// <summary>Takes one call from an installation's shared allowance with a single atomic upsert (PostgreSQL and SQLite).</summary>
public sealed class VendorRateLimit(PanelistDbContext db, TimeProvider time)
{
    /// <summary>Null when the call may go now; otherwise how long until the next window opens.</summary>
    public async Task<TimeSpan?> TryTakeAsync(Guid installationId, int requests, TimeSpan period, CancellationToken ct)
    {
        var now = Clock.Now(time);
        var window = new DateTime(now.Ticks - (now.Ticks % period.Ticks), DateTimeKind.Utc);
        var used = await db.Database.SqlQuery<int>($"""
            INSERT INTO "VendorRateWindows" ("InstallationId", "WindowStart", "Used") VALUES ({installationId}, {window}, 1)
            ON CONFLICT ("InstallationId") DO UPDATE SET
              "Used" = CASE WHEN "VendorRateWindows"."WindowStart" = excluded."WindowStart" THEN "VendorRateWindows"."Used" + 1 ELSE 1 END,
              "WindowStart" = excluded."WindowStart"
            RETURNING "Used" AS "Value"
            """).ToListAsync(ct);
        return used[0] <= requests ? null : window + period - now;
    }
}
