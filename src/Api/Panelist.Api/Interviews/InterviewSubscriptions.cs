using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Subscriptions;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Interviews;

public static class InterviewSubscriptions
{
    /// <summary>How many rows one resync pushes at most (the most recently changed).</summary>
    public const int ResyncLimit = 100;

    public static void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<InterviewType>>("interviewUpdated")
            .Description("An interview you can see, each time it is requested, scheduled, completed, cancelled or corrected. "
                + "After a lost connection between replicas, the interviews changed meanwhile are pushed again.")
            .Argument<IdGraphType>("engagement", "Only this engagement's interviews.")
            .AllowRoles(Roles.Everyone)
            .ResolveStreamAsync(ctx =>
            {
                Guid? engagement = ctx.HasArgument("engagement") && ctx.GetArgument<string?>("engagement") is not null
                    ? NodeQueries.IdOf(ctx, "Engagement", "engagement")
                    : null;
                return ChangedRows.OpenAsync(ctx,
                    n => n.Kind == nameof(Interview) && (engagement is null || n.EngagementId == engagement),
                    async (services, id, ct) => await Visible(services).FirstOrDefaultAsync(i => i.Id == id, ct),
                    async (services, since, ct) => await Visible(services)
                        .Where(i => i.UpdatedAt >= since && (engagement == null || i.EngagementId == engagement))
                        .OrderByDescending(i => i.UpdatedAt).Take(ResyncLimit).ToListAsync<object>(ct));
            });

    private static IQueryable<Interview> Visible(IServiceProvider services) =>
        services.GetRequiredService<PanelistDbContext>().InterviewsFor(services.GetRequiredService<RequestContext>().Actor).AsNoTracking();
}
