using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Notifications;
using Panelist.Domain.Threads;

namespace Panelist.Api.Threads;

/// <summary>An engagement's or an interview's thread; its id is that of its subject, so it always exists.</summary>
public sealed class ThreadType : ObjectGraphType<ThreadScope>
{
    public ThreadType()
    {
        Name = "Thread";
        Description = "Messages between the client's recruiters and admins and the assigned interviewers, per engagement or per interview.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.ThreadId));
        Field<NonNullGraphType<IdGraphType>>("engagementId").Resolve(ctx => GlobalId.Encode("Engagement", ctx.Source.EngagementId));
        Field<IdGraphType>("interviewId").Description("Null for the engagement's own thread.")
            .Resolve(ctx => ctx.Source.InterviewId is { } id ? GlobalId.Encode("Interview", id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThreadParticipantType>>>>("participants")
            .ResolveAsync(async ctx => await ThreadAccess.ParticipantsAsync(ctx.Db(), ctx.Source, ctx.CancellationToken));
        Field<NonNullGraphType<IntGraphType>>("unreadCount").Description("Messages by others after your last markThreadRead.")
            .ResolveAsync(async ctx =>
            {
                var me = Recipient.Of(ctx.Request().Actor)?.Key ?? "";
                var db = ctx.Db();
                var readUpTo = await db.ThreadReadMarks.Where(m => m.ThreadId == ctx.Source.ThreadId && m.ParticipantKey == me)
                    .Select(m => (DateTime?)m.ReadUpTo).FirstOrDefaultAsync(ctx.CancellationToken);
                return await Messages(ctx.Db(), ctx.Request().Actor, ctx.Source)
                    .CountAsync(m => m.AuthorKey != me && (readUpTo == null || m.CreatedAt > readUpTo), ctx.CancellationToken);
            });
        var messages = Field<NonNullGraphType<ConnectionGraphType<ThreadMessageType, ThreadMessage>>>("messages").Description("Newest first.");
        ConnectionArguments.AddTo(messages);
        messages.ResolveAsync(async ctx => await KeysetPaginator.PageAsync(Messages(ctx.Db(), ctx.Request().Actor, ctx.Source),
            ThreadMessageQueries.Sorts.Keys(null), ConnectionArguments.From(ctx), "messages", ctx.CancellationToken));
    }

    private static IQueryable<ThreadMessage> Messages(Domain.Persistence.PanelistDbContext db, Domain.Common.Actor actor, ThreadScope thread) =>
        ThreadAccess.MessagesFor(db, actor).AsNoTracking().Where(m => m.ThreadId == thread.ThreadId);
}
