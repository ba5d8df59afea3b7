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

    /// <summary>
    /// The sort value of an interview without a slot: keyset keys are never null, and a date every
    /// provider stores exactly (DateTime.MaxValue would become PostgreSQL's infinity) puts them last.
    /// </summary>
    private static readonly DateTime Unscheduled = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    public static string Entity => "Interview";

    public static FilterSpec<Interview> Filters { get; } = new FilterSpec<Interview>()
        .Field<InterviewStatus, EnumFilterInputType<InterviewStatusType>>("status", i => i.Status)
        .Id("engagementId", "Engagement", i => i.EngagementId)
        .Id("interviewerId", "Interviewer", i => i.InterviewerId, "The interviewer who holds the interview (none until it is scheduled).")
        .Field<DateTime, DateTimeFilterInputType>("requestedAt", i => i.RequestedAt)
        .Field<DateTime?, DateTimeFilterInputType>("scheduledStart", i => i.ScheduledStart);

    public static SortSpec<Interview> Sorts { get; } = new SortSpec<Interview>(i => i.Id)
        .Default("requestedAt", i => i.RequestedAt, descending: true)
        .Field("requestedAt", i => i.RequestedAt)
        .Field("createdAt", i => i.CreatedAt)
        .Field("scheduledStart", i => i.ScheduledStart ?? Unscheduled, "Interviews without a slot yet come last (first when DESC).");

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
