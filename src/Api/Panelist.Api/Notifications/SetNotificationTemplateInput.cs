using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

public sealed record SetNotificationTemplateInput(NotificationEventKind EventKind, string Language, string Subject, string Body);
