using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

public sealed class NotificationTemplateType : ObjectGraphType<NotificationTemplate>
{
    public NotificationTemplateType()
    {
        Name = "NotificationTemplate";
        Description = "Your organization's Fluid (Liquid) wording for one event kind in one language.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(t => t.EventKind, type: typeof(NonNullGraphType<NotificationEventKindType>));
        Field(t => t.Language);
        Field(t => t.Subject);
        Field(t => t.Body);
    }
}
