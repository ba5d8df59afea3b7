using GraphQL.Types;
using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

public sealed class NotificationPreferenceType : ObjectGraphType<NotificationPreference>
{
    public NotificationPreferenceType()
    {
        Name = "NotificationPreference";
        Description = "Whether you receive one event kind on one channel.";
        Field(p => p.EventKind, type: typeof(NonNullGraphType<NotificationEventKindType>));
        Field(p => p.Channel, type: typeof(NonNullGraphType<NotificationChannelType>));
        Field(p => p.Enabled);
    }
}
