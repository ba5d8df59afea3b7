using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Integrations;

/// <summary>
/// The outbox's consumer side. Claims due deliveries — with <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL,
/// so several dispatchers (on several replicas) share the queue without taking the same row — in order
/// per (installation, subject), lets the dispatcher attempt each, and settles every outcome with its
/// audit entry in the same transaction. A crash before commit leaves the rows pending: at least once.
/// </summary>
public sealed class DeliveryLedger(PanelistDbContext db, AuditTrail audit, TimeProvider time)
{
    private readonly Random _jitter = new();

    /// <summary>Claims up to <paramref name="batch"/> due deliveries and settles each; returns how many were claimed.</summary>
    public async Task<int> ProcessDueAsync(int batch, RetryPolicy policy, Func<DueDelivery, CancellationToken, Task<DeliveryOutcome>> attempt,
        CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var claimed = await ClaimAsync(batch, ct);
            if (claimed.Count == 0)
            {
                await transaction.CommitAsync(ct);
                return 0;
            }

            var installationIds = claimed.Select(d => d.InstallationId).Distinct().ToList();
            var installations = await db.ConnectorInstallations.IgnoreQueryFilters()
                .Where(i => installationIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
            // A claim holds at most one delivery per (installation, subject), so the attempts may run side by side
            // without breaking the order; they are settled one by one on this context afterwards.
            var outcomes = await Task.WhenAll(claimed.Select(d => attempt(new DueDelivery(d, installations[d.InstallationId]), ct)));
            for (var i = 0; i < claimed.Count; i++)
            {
                Settle(claimed[i], outcomes[i], policy);
                Track(installations[claimed[i].InstallationId], outcomes[i]);
            }

            await db.SaveChangesAsync(ct);
            await audit.FlushAsync(ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return claimed.Count;
        });
    }

    private async Task<List<Delivery>> ClaimAsync(int batch, CancellationToken ct)
    {
        var now = Clock.Now(time);
        // Oldest due first; a delivery waits while an older one for the same installation and subject is pending.
        return await db.Deliveries.FromSql(db.WithRowLock($"""
            SELECT d.* FROM "Deliveries" d
            WHERE d."Status" = 'Pending' AND d."NextAttemptAt" <= {now}
              AND NOT EXISTS (SELECT 1 FROM "Deliveries" o WHERE o."InstallationId" = d."InstallationId" AND o."OrderingKey" = d."OrderingKey"
                  AND o."Status" = 'Pending' AND (o."CreatedAt" < d."CreatedAt" OR (o."CreatedAt" = d."CreatedAt" AND o."Id" < d."Id")))
            ORDER BY d."NextAttemptAt", d."CreatedAt"
            LIMIT {batch}
            """, "FOR UPDATE OF d SKIP LOCKED")).IgnoreQueryFilters().ToListAsync(ct);
    }

    private void Settle(Delivery delivery, DeliveryOutcome outcome, RetryPolicy policy)
    {
        var now = Clock.Now(time);
        switch (outcome)
        {
            case DeliveryOutcome.Delivered delivered:
                delivery.Delivered(delivered.ExternalId, now);
                Record("delivery.delivered", delivery, new { delivery.EventType, delivery.Attempts, delivered.ExternalId });
                break;
            case DeliveryOutcome.Refused refused:
                delivery.DeadLetter($"{refused.Code}: {refused.Reason}");
                Record("delivery.dead_lettered", delivery, new { delivery.EventType, delivery.Attempts, refused.Code, refused.Reason });
                break;
            case DeliveryOutcome.Failed failed when delivery.Attempts + 1 >= policy.MaxAttempts:
                delivery.DeadLetter($"Gave up after {delivery.Attempts + 1} attempts: {failed.Reason}");
                Record("delivery.dead_lettered", delivery, new { delivery.EventType, Attempts = delivery.Attempts, failed.Reason });
                break;
            case DeliveryOutcome.Failed failed:
                delivery.RetryAt(now + policy.Delay(delivery.Attempts + 1, failed.NotBefore, _jitter), failed.Reason);
                break;
            case DeliveryOutcome.Postponed postponed:
                delivery.Postpone(now + postponed.For, postponed.Reason);
                break;
        }
    }

    /// <summary>An installation whose circuit opened shows as Failing; the next delivered event makes it Active again.</summary>
    private void Track(ConnectorInstallation installation, DeliveryOutcome outcome)
    {
        var before = installation.Status;
        if (outcome is DeliveryOutcome.Postponed { CircuitOpen: true })
        {
            installation.MarkFailing();
        }
        else if (outcome is DeliveryOutcome.Delivered && before == InstallationStatus.Failing)
        {
            installation.Enable();
        }

        if (installation.Status != before)
        {
            audit.Record(installation.Status == InstallationStatus.Failing ? "connector.failing" : "connector.recovered",
                nameof(ConnectorInstallation), installation.Id, new { installation.ConnectorId }, installation.OrganizationId);
        }
    }

    private void Record(string action, Delivery delivery, object summary) =>
        audit.Record(action, nameof(Delivery), delivery.Id, summary, delivery.OrganizationId);
}
