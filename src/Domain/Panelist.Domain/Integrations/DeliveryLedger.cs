using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Integrations;

/// <summary>
/// The outbox's consumer side, in three steps that never hold a transaction across a vendor call:
/// <list type="number">
/// <item><b>Claim</b>: one short statement leases due rows to one dispatcher until a deadline (PostgreSQL
/// <c>FOR UPDATE SKIP LOCKED</c>, so replicas never take the same row; on SQLite a single write).</item>
/// <item><b>Call</b>: the dispatcher attempts each claimed row with no transaction or lock open.</item>
/// <item><b>Settle</b>: a short transaction writes each outcome with its audit entry, only for rows the
/// dispatcher still holds. A replica that dies mid-call loses its lease; the row is claimed again after it
/// expires (at least once on the wire, once in effect through the idempotency key).</item>
/// </list>
/// </summary>
public sealed class DeliveryLedger(PanelistDbContext db, AuditTrail audit, TimeProvider time)
{
    private readonly Random _jitter = new();

    /// <summary>Claims, attempts and settles up to <paramref name="batch"/> due deliveries; returns how many were claimed.</summary>
    public async Task<int> ProcessDueAsync(string owner, int batch, TimeSpan lease, RetryPolicy policy,
        Func<DueDelivery, CancellationToken, Task<DeliveryOutcome>> attempt, CancellationToken ct)
    {
        var claimed = await ClaimAsync(owner, batch, lease, ct);
        if (claimed.Count == 0)
        {
            return 0;
        }

        // A claim holds at most one delivery per (installation, subject), so the attempts may run side by side
        // without breaking the order.
        var outcomes = await Task.WhenAll(claimed.Select(d => AttemptAsync(attempt, d, ct)));
        await SettleAsync(owner, [.. claimed.Select((d, i) => (d.Delivery.Id, outcomes[i]))], policy, ct);
        return claimed.Count;
    }

    /// <summary>
    /// Leases up to <paramref name="batch"/> due rows to <paramref name="owner"/>, oldest due first. A row waits
    /// while an older one for the same installation and subject is pending or dead-lettered (until retried or
    /// skipped), and while its installation is throttled.
    /// </summary>
    public async Task<IReadOnlyList<DueDelivery>> ClaimAsync(string owner, int batch, TimeSpan lease, CancellationToken ct)
    {
        var now = Clock.Now(time);
        var until = now + lease;
        var select = db.WithRowLock($"""
            UPDATE "Deliveries" SET "LeaseOwner" = {owner}, "LeasedUntil" = {until}
            WHERE "Id" IN (
              SELECT d."Id" FROM "Deliveries" d JOIN "ConnectorInstallations" i ON i."Id" = d."InstallationId"
              WHERE d."Status" = 'Pending' AND d."NextAttemptAt" <= {now}
                AND (d."LeasedUntil" IS NULL OR d."LeasedUntil" <= {now})
                AND (i."ThrottledUntil" IS NULL OR i."ThrottledUntil" <= {now})
                AND (i."CircuitOpenUntil" IS NULL OR i."CircuitOpenUntil" <= {now})
                AND NOT EXISTS (SELECT 1 FROM "Deliveries" o WHERE o."InstallationId" = d."InstallationId" AND o."OrderingKey" = d."OrderingKey"
                    AND o."Status" IN ('Pending', 'DeadLettered') AND (o."CreatedAt" < d."CreatedAt" OR (o."CreatedAt" = d."CreatedAt" AND o."Id" < d."Id")))
              ORDER BY d."NextAttemptAt", d."CreatedAt"
              LIMIT {batch}
            """, "FOR UPDATE OF d SKIP LOCKED");
        var claim = FormattableStringFactory.Create(select.Format + """) RETURNING "Id" AS "Value" """, select.GetArguments());
        var ids = await db.Database.SqlQuery<Guid>(claim).ToListAsync(ct);
        if (ids.Count == 0)
        {
            return [];
        }

        var deliveries = await db.Deliveries.IgnoreQueryFilters().AsNoTracking()
            .Where(d => ids.Contains(d.Id) && d.LeaseOwner == owner).OrderBy(d => d.NextAttemptAt).ThenBy(d => d.CreatedAt).ToListAsync(ct);
        var installationIds = deliveries.Select(d => d.InstallationId).Distinct().ToList();
        var installations = await db.ConnectorInstallations.IgnoreQueryFilters().AsNoTracking()
            .Where(i => installationIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        return [.. deliveries.Select(d => new DueDelivery(d, installations[d.InstallationId]))];
    }

    /// <summary>
    /// Writes the outcomes of rows <paramref name="owner"/> still holds, in one short transaction; should that
    /// fail, each row is settled on its own, so one bad result never sends the others out again.
    /// </summary>
    public async Task SettleAsync(string owner, IReadOnlyList<(Guid DeliveryId, DeliveryOutcome Outcome)> results, RetryPolicy policy, CancellationToken ct)
    {
        try
        {
            await SettleTogetherAsync(owner, results, policy, ct);
        }
        catch (DbUpdateException) when (results.Count > 1)
        {
            foreach (var result in results)
            {
                try
                {
                    await SettleTogetherAsync(owner, [result], policy, ct);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Another dispatcher claimed the row after this one's lease expired: its outcome wins.
                }
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // As above, for a single row.
        }
    }

    /// <summary>
    /// Half-open: the installation's circuit was open until <paramref name="seenOpenUntil"/>, which has passed. The one
    /// caller, on any replica, that moves it to <paramref name="probeUntil"/> gets true and may call the ATS; no one claims
    /// the installation's deliveries meanwhile, and the probe's outcome closes the circuit or opens it again.
    /// </summary>
    public async Task<bool> TryProbeAsync(Guid installationId, DateTime seenOpenUntil, DateTime probeUntil, CancellationToken ct) =>
        await db.ConnectorInstallations.IgnoreQueryFilters()
            .Where(i => i.Id == installationId && i.CircuitOpenUntil == seenOpenUntil)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.CircuitOpenUntil, probeUntil), ct) == 1;

    /// <summary>Deletes delivered and skipped rows older than <paramref name="before"/>; dead letters stay until someone handles them.</summary>
    public Task<int> PruneAsync(DateTime before, CancellationToken ct) =>
        db.Deliveries.IgnoreQueryFilters()
            .Where(d => (d.Status == DeliveryStatus.Delivered || d.Status == DeliveryStatus.Skipped) && (d.DeliveredAt ?? d.CreatedAt) < before)
            .ExecuteDeleteAsync(ct);

    private static async Task<DeliveryOutcome> AttemptAsync(Func<DueDelivery, CancellationToken, Task<DeliveryOutcome>> attempt, DueDelivery due,
        CancellationToken ct)
    {
        try
        {
            return await attempt(due, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever went wrong is the delivery's last error, visible through the API, never only a log line.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new DeliveryOutcome.Failed($"The dispatcher could not attempt the delivery: {e.GetType().Name}: {e.Message}");
        }
    }

    private async Task SettleTogetherAsync(string owner, IReadOnlyList<(Guid DeliveryId, DeliveryOutcome Outcome)> results, RetryPolicy policy,
        CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            audit.Discard();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var ids = results.Select(r => r.DeliveryId).ToList();
            var held = await db.Deliveries.IgnoreQueryFilters().Where(d => ids.Contains(d.Id) && d.LeaseOwner == owner).ToDictionaryAsync(d => d.Id, ct);
            var installationIds = held.Values.Select(d => d.InstallationId).Distinct().ToList();
            var installations = await LockInstallationsAsync(installationIds, ct);
            var erasures = new List<(Delivery Delivery, DeliveryOutcome Outcome)>();
            foreach (var (id, outcome) in results)
            {
                if (held.TryGetValue(id, out var delivery))
                {
                    Settle(delivery, outcome, policy);
                    Track(installations[delivery.InstallationId], outcome, policy);
                    if (delivery.EventType == IntegrationEventType.CandidateErased)
                    {
                        erasures.Add((delivery, outcome));
                    }
                }
            }

            await Candidates.ErasureReceipts.SettleAsync(db, erasures, Clock.Now(time), ct);

            await db.SaveChangesAsync(ct);
            await audit.FlushAsync(ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        });
    }

    /// <summary>
    /// Loads the installations a settlement touches, locked (PostgreSQL, in id order so that two replicas never
    /// deadlock) until it commits: replicas settling failures of one installation at once each count theirs.
    /// </summary>
    private async Task<Dictionary<Guid, ConnectorInstallation>> LockInstallationsAsync(List<Guid> ids, CancellationToken ct)
    {
        var installations = new Dictionary<Guid, ConnectorInstallation>();
        foreach (var id in ids.Order())
        {
            var rows = await db.ConnectorInstallations.FromSql(db.WithRowLock($"""SELECT * FROM "ConnectorInstallations" WHERE "Id" = {id}""", "FOR UPDATE"))
                .IgnoreQueryFilters().ToListAsync(ct);
            installations[id] = rows.Single();
        }

        return installations;
    }

    /// <summary>The one place an outcome becomes a delivery's new state (and its audit entry).</summary>
    private void Settle(Delivery delivery, DeliveryOutcome outcome, RetryPolicy policy)
    {
        var now = Clock.Now(time);
        switch (outcome)
        {
            case DeliveryOutcome.Delivered delivered:
                delivery.Delivered(delivered.ExternalId, now);
                Record("delivery.delivered", delivery, new { delivery.EventType, delivery.Attempts, delivery.ExternalId });
                break;
            case DeliveryOutcome.Refused refused:
                delivery.DeadLetter($"{refused.Code}: {refused.Reason}");
                Record("delivery.dead_lettered", delivery, new
                {
                    delivery.EventType, delivery.Attempts, Code = BoundedText.Fit(refused.Code, 100), Reason = delivery.LastError,
                });
                break;
            case DeliveryOutcome.Failed failed when delivery.Attempts + 1 >= policy.MaxAttempts:
                delivery.DeadLetter($"Gave up after {delivery.Attempts + 1} attempts: {failed.Reason}");
                Record("delivery.dead_lettered", delivery, new { delivery.EventType, delivery.Attempts, Reason = delivery.LastError });
                break;
            case DeliveryOutcome.Failed failed:
                delivery.RetryAt(now + policy.Delay(delivery.Attempts + 1, failed.NotBefore, _jitter), failed.Reason);
                break;
            case DeliveryOutcome.Throttled throttled:
                delivery.Postpone(now + throttled.For, throttled.Reason);
                break;
            case DeliveryOutcome.Postponed postponed:
                delivery.Postpone(now + postponed.For, postponed.Reason);
                break;
        }
    }

    /// <summary>
    /// What the outcome says about the installation: a throttle holds all its deliveries; failed calls count
    /// towards opening its circuit, which every replica then respects, and an answer closes it; an open circuit
    /// shows it as Failing until an event is delivered; problems show as its last error until a success.
    /// </summary>
    private void Track(ConnectorInstallation installation, DeliveryOutcome outcome, RetryPolicy policy)
    {
        var before = installation.Status;
        var now = Clock.Now(time);
        switch (outcome)
        {
            case DeliveryOutcome.Throttled throttled:
                installation.ThrottleUntil(now + throttled.For);
                break;
            case DeliveryOutcome.Postponed { CircuitOpen: true } postponed:
                installation.MarkFailing();
                installation.RecordProblem(postponed.Reason, now);
                break;
            case DeliveryOutcome.Postponed { Problem: true } postponed:
                installation.RecordProblem(postponed.Reason, now);
                break;
            case DeliveryOutcome.Failed failed:
                installation.RecordProblem(failed.Reason, now);
                installation.CallFailed(now, policy.CircuitThreshold, policy.CircuitCooldown);
                break;
            case DeliveryOutcome.Refused:
                installation.CallAnswered();
                break;
            case DeliveryOutcome.Delivered:
                installation.CallAnswered();
                installation.ClearProblem();
                if (before == InstallationStatus.Failing)
                {
                    installation.Enable();
                }

                break;
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
