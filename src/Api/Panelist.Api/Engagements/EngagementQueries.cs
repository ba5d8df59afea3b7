using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public sealed class EngagementQueries : IConnectionSource<Engagement>
{
    private EngagementQueries()
    {
    }

    public static string Entity => "Engagement";

    public static FilterSpec<Engagement> Filters { get; } = new FilterSpec<Engagement>()
        .Text("title", e => e.Title)
        .Field<EngagementStatus, EnumFilterInputType<EngagementStatusType>>("status", e => e.Status)
        .Field<DateTime, DateTimeFilterInputType>("createdAt", e => e.CreatedAt)
        .Field<DateTime, DateTimeFilterInputType>("startsAt", e => e.StartsAt);

    public static SortSpec<Engagement> Sorts { get; } = new SortSpec<Engagement>(e => e.Id)
        .Default("createdAt", e => e.CreatedAt, descending: true)
        .Field("title", e => e.Title)
        .Field("createdAt", e => e.CreatedAt)
        .Field("startsAt", e => e.StartsAt);

    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<EngagementQueries, EngagementType, Engagement>("engagements",
            "Your organization's engagements (an interviewer's: those they are assigned to).", Roles.Everyone, Visibility.Engagements);

        query.Field<EngagementType>("engagement")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AllowRoles(Roles.Everyone)
            .Resolve(ctx => EngagementLoaders.Engagement(ctx, NodeQueries.IdOf(ctx, "Engagement")).OrNotFound("engagement"));
    }
}
