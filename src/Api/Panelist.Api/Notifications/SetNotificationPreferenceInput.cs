using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

public sealed record SetNotificationPreferenceInput(NotificationEventKind EventKind, NotificationChannel Channel, bool Enabled);
