using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

/// <summary>An in-app notification of the caller's.</summary>
public sealed class NotificationType : ObjectGraphType<Notification>
{
    public NotificationType()
    {
        Name = "Notification";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(n => n.EventKind, type: typeof(NonNullGraphType<NotificationEventKindType>));
        Field(n => n.Title);
        Field(n => n.Body);
        Field<IdGraphType>("engagementId").Resolve(ctx => ctx.Source.EngagementId is { } id ? GlobalId.Encode("Engagement", id) : null);
        Field<IdGraphType>("interviewId").Resolve(ctx => ctx.Source.InterviewId is { } id ? GlobalId.Encode("Interview", id) : null);
        Field<IdGraphType>("threadId").Resolve(ctx => ctx.Source.ThreadId is { } id ? GlobalId.Encode("Thread", id) : null);
        Field(n => n.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(n => n.ReadAt, type: typeof(DateTimeGraphType)).Description("Null while unread.");
    }
}
