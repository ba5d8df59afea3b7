namespace Panelist.Domain.Integrations;

public enum DeliveryStatus
{
    Pending,
    Delivered,

    /// <summary>Given up after the last attempt or refused by the ATS; the reason is kept.</summary>
    DeadLettered,

    /// <summary>Dead-lettered, then skipped by an admin: never sent; later events about the same subject no longer wait for it.</summary>
    Skipped,
}
