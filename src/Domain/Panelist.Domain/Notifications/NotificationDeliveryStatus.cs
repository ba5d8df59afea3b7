namespace Panelist.Domain.Notifications;

public enum NotificationDeliveryStatus
{
    Pending,
    Delivered,
    DeadLettered,
}
