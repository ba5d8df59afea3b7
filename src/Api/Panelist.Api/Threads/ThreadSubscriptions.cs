using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Subscriptions;
using Panelist.Api.Interviews;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Domain.Threads;

namespace Panelist.Api.Threads;

public static class ThreadSubscriptions
{
    public static void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<ThreadMessageType>>("messageAdded")
            .Description("Each new message in one thread, or in every thread of one engagement, that is open to you as it arrives: "
                + "an interviewer taken off the engagement hears nothing more.")
            .Argument<IdGraphType>("threadId", "One thread.")
            .Argument<IdGraphType>("engagementId", "The engagement's thread and its interviews' threads.")
            .AllowRoles(Roles.Everyone)
            .ResolveStreamAsync(ctx =>
            {
                Guid? thread = ctx.GetArgument<string?>("threadId") is not null ? NodeQueries.IdOf(ctx, "Thread", "threadId") : null;
                Guid? engagement = ctx.GetArgument<string?>("engagementId") is not null ? NodeQueries.IdOf(ctx, "Engagement", "engagementId") : null;
                return ChangedRows.OpenAsync(ctx,
                    n => n.Kind == nameof(ThreadMessage) && (engagement is null || n.EngagementId == engagement),
                    async (services, id, ct) => await Visible(services).FirstOrDefaultAsync(m => m.Id == id && (thread == null || m.ThreadId == thread), ct),
                    async (services, since, ct) => await Visible(services)
                        .Where(m => m.CreatedAt >= since && (thread == null || m.ThreadId == thread) && (engagement == null || m.EngagementId == engagement))
                        .OrderByDescending(m => m.CreatedAt).Take(InterviewSubscriptions.ResyncLimit).ToListAsync<object>(ct));
            });

    /// <summary>Access is checked on every event, not at subscribe time: it follows the assignment as it is now.</summary>
    private static IQueryable<ThreadMessage> Visible(IServiceProvider services) =>
        ThreadAccess.MessagesFor(services.GetRequiredService<PanelistDbContext>(), services.GetRequiredService<RequestContext>().Actor).AsNoTracking();
}
