using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

public sealed class WebhookEndpointType : ObjectGraphType<WebhookEndpoint>
{
    public WebhookEndpointType()
    {
        Name = "WebhookEndpoint";
        Description = "Where your systems receive notifications, signed with HMAC-SHA256 over \"<timestamp>.<body>\" (the secret is never returned).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(w => w.Url);
        Field(w => w.Enabled);
    }
}
