using GraphQL.Types;
using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

public sealed class NotificationEventKindType : EnumerationGraphType<NotificationEventKind>
{
    public NotificationEventKindType() => Name = "NotificationEventKind";
}
