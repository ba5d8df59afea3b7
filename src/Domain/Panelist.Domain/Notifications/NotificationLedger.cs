using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Notifications;

/// <summary>
/// The consumer side of <see cref="NotificationDelivery"/> rows, shaped like <see cref="DeliveryLedger"/>: <b>claim</b> due rows
/// with a lease in one statement (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, so replicas never share a row), <b>send</b> with
/// no transaction open, <b>settle</b> each outcome for rows still held, with backoff and a dead letter after the last attempt.
/// </summary>
public sealed class NotificationLedger(PanelistDbContext db, AuditTrail audit, TimeProvider time)
{
    private readonly Random _jitter = new();

    public async Task<IReadOnlyList<NotificationDelivery>> ClaimAsync(string owner, int batch, TimeSpan lease, CancellationToken ct)
    {
        var now = Clock.Now(time);
        var until = now + lease;
        var select = db.WithRowLock($"""
            UPDATE "NotificationDeliveries" SET "LeaseOwner" = {owner}, "LeasedUntil" = {until}
            WHERE "Id" IN (
              SELECT d."Id" FROM "NotificationDeliveries" d
              WHERE d."Status" = 'Pending' AND d."NextAttemptAt" <= {now} AND (d."LeasedUntil" IS NULL OR d."LeasedUntil" <= {now})
              ORDER BY d."NextAttemptAt", d."CreatedAt"
              LIMIT {batch}
            """, "FOR UPDATE OF d SKIP LOCKED");
        var claim = FormattableStringFactory.Create(select.Format + """) RETURNING "Id" AS "Value" """, select.GetArguments());
        var ids = await db.Database.SqlQuery<Guid>(claim).ToListAsync(ct);
        return ids.Count == 0
            ? []
            : await db.NotificationDeliveries.IgnoreQueryFilters().AsNoTracking().Where(d => ids.Contains(d.Id) && d.LeaseOwner == owner)
                .OrderBy(d => d.CreatedAt).ToListAsync(ct);
    }

    /// <summary>Records the outcome of a row <paramref name="owner"/> still holds: null error for sent, else the reason to retry or give up.</summary>
    public async Task SettleAsync(string owner, Guid deliveryId, string? error, RetryPolicy policy, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        audit.Discard();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var delivery = await db.NotificationDeliveries.IgnoreQueryFilters().FirstOrDefaultAsync(d => d.Id == deliveryId && d.LeaseOwner == owner, ct);
        if (delivery is null)
        {
            // Its lease expired and another dispatcher took it: that one's outcome wins.
            return;
        }

        var now = Clock.Now(time);
        var summary = new { channel = ApiNames.Of(delivery.Channel), kind = ApiNames.Of(delivery.EventKind), attempts = delivery.Attempts + 1 };
        if (error is null)
        {
            delivery.Delivered(now);
            audit.Record("notification.delivered", nameof(NotificationDelivery), delivery.Id, summary, delivery.OrganizationId);
        }
        else if (delivery.Attempts + 1 >= policy.MaxAttempts)
        {
            delivery.DeadLetter($"Gave up after {delivery.Attempts + 1} attempts: {error}");
            audit.Record("notification.dead_lettered", nameof(NotificationDelivery), delivery.Id, summary, delivery.OrganizationId);
        }
        else
        {
            delivery.RetryAt(now + policy.Delay(delivery.Attempts + 1, null, _jitter), error);
        }

        await db.SaveChangesAsync(ct);
        await audit.FlushAsync(ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }
}
