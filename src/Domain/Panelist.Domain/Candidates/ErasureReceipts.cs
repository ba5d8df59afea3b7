using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Candidates;

/// <summary>
/// Turns the settlement of an erasure's delivery into its installation's receipt: delivered is completed (or a
/// manual step when the connector says its vendor cannot erase by API), dead-lettered is failed — or a manual
/// step when the connector does not handle erasure at all. Runs in the settlement's transaction.
/// </summary>
internal static class ErasureReceipts
{
    public static async Task SettleAsync(PanelistDbContext db, IReadOnlyList<(Delivery Delivery, DeliveryOutcome Outcome)> erasures, DateTime now,
        CancellationToken ct)
    {
        if (erasures.Count == 0)
        {
            return;
        }

        var eventIds = erasures.Select(e => e.Delivery.EventId).Distinct().ToList();
        var receipts = await db.ErasureReceipts.IgnoreQueryFilters().Where(r => r.EventId != null && eventIds.Contains(r.EventId.Value)).ToListAsync(ct);
        foreach (var (delivery, outcome) in erasures)
        {
            var receipt = receipts.Find(r => r.EventId == delivery.EventId && r.InstallationId == delivery.InstallationId);
            switch (outcome)
            {
                case DeliveryOutcome.Delivered { ManualStep: { } step }:
                    receipt?.Settle(ErasureStatus.ManualStepRequired, step, now);
                    break;
                case DeliveryOutcome.Delivered:
                    receipt?.Settle(ErasureStatus.Completed, null, now);
                    break;
                case DeliveryOutcome.Refused { Code: EventNotSupported } refused:
                    receipt?.Settle(ErasureStatus.ManualStepRequired, $"The connector cannot erase through the vendor's API: {refused.Reason} Erase the candidate in the vendor's own UI.", now);
                    break;
                case DeliveryOutcome.Refused or DeliveryOutcome.Failed when delivery.Status == DeliveryStatus.DeadLettered:
                    receipt?.Settle(ErasureStatus.Failed, delivery.LastError, now);
                    break;
            }
        }
    }

    /// <summary>The refusal code the host gives an event its connector does not list in its supported events.</summary>
    public const string EventNotSupported = "EVENT_NOT_SUPPORTED";
}
