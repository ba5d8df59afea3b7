using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Domain.Common;
using Panelist.Domain.Threads;

namespace Panelist.Api.Threads;

public static class ThreadQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<ThreadType>("thread")
            .Description("The thread of an engagement or an interview (pass its id, or the thread's own); null when it is not open to you.")
            .Argument<NonNullGraphType<IdGraphType>>("subject", "The id of an engagement, an interview or a thread.")
            .AllowRoles(Roles.Everyone)
            .ResolveAsync(async ctx => await Thread(ctx, SubjectId(ctx.GetArgument<string>("subject"))));

    public static Task<ThreadScope?> Thread(IResolveFieldContext ctx, Guid threadId) =>
        ThreadAccess.FindAsync(ctx.Db(), ctx.Request().Actor, threadId, ctx.CancellationToken);

    public static Task<ThreadMessage?> Message(IResolveFieldContext ctx, Guid messageId) =>
        ThreadAccess.MessagesFor(ctx.Db(), ctx.Request().Actor).AsNoTracking().FirstOrDefaultAsync(m => m.Id == messageId, ctx.CancellationToken);

    /// <summary>A thread's id is its engagement's or interview's, so any of the three global ids names it.</summary>
    public static Guid SubjectId(string value) =>
        GlobalIds.TryDecode(value, out var type, out var id) && type is "Engagement" or "Interview" or "Thread"
            ? id
            : throw ApiError.BadInput("Give an Engagement, Interview or Thread id.");
}
