using GraphQL.Types;
using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

public sealed class NotificationChannelType : EnumerationGraphType<NotificationChannel>
{
    public NotificationChannelType() => Name = "NotificationChannel";
}
