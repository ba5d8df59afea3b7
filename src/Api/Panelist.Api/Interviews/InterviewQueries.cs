using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Interviews;

namespace Panelist.Api.Interviews;

public sealed class InterviewQueries : IConnectionSource<Interview>
{
    private InterviewQueries()
    {
    }

    public static string Entity => "Interview";

    public static FilterSpec<Interview> Filters { get; } = new FilterSpec<Interview>()
        .Field<InterviewStatus, EnumFilterInputType<InterviewStatusType>>("status", i => i.Status)
        .Id("engagementId", "Engagement", i => i.EngagementId)
        .Field<DateTime, DateTimeFilterInputType>("requestedAt", i => i.RequestedAt)
        .Field<DateTime?, DateTimeFilterInputType>("scheduledStart", i => i.ScheduledStart);

    public static SortSpec<Interview> Sorts { get; } = new SortSpec<Interview>(i => i.Id)
        .Default("requestedAt", i => i.RequestedAt, descending: true)
        .Field("requestedAt", i => i.RequestedAt)
        .Field("createdAt", i => i.CreatedAt);

    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<InterviewQueries, InterviewType, Interview>("interviews",
            "Your organization's interviews; for an interviewer, their own across clients.", Roles.Everyone, Visibility.Interviews);

        query.Field<InterviewType>("interview")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AllowRoles(Roles.Everyone)
            .Resolve(ctx => InterviewLoaders.Interview(ctx, NodeQueries.IdOf(ctx, "Interview")).OrNotFound("interview"));
    }
}
