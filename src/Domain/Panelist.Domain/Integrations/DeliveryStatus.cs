namespace Panelist.Domain.Integrations;

public enum DeliveryStatus
{
    Pending,
    Delivered,

    /// <summary>Given up after the last attempt or refused by the ATS; the reason is kept.</summary>
    DeadLettered,
}
