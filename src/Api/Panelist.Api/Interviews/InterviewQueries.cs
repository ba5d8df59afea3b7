using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Interviews;

namespace Panelist.Api.Interviews;

public static class InterviewQueries
{
    public static readonly FilterSpec<Interview> Filters = new FilterSpec<Interview>()
        .Field<InterviewStatus, EnumFilterInputType<InterviewStatusType>>("status", i => i.Status)
        .Id("engagementId", "Engagement", i => i.EngagementId)
        .Field<DateTime, DateTimeFilterInputType>("requestedAt", i => i.RequestedAt)
        .Field<DateTime?, DateTimeFilterInputType>("scheduledStart", i => i.ScheduledStart);

    public static readonly SortSpec<Interview> Sorts = new SortSpec<Interview>(i => i.Id)
        .Default("requestedAt", i => i.RequestedAt, descending: true)
        .Field("requestedAt", i => i.RequestedAt)
        .Field("createdAt", i => i.CreatedAt);

    public static void AddTo(ObjectGraphType query)
    {
        var list = query.Field<NonNullGraphType<ConnectionGraphType<InterviewType, Interview>>>("interviews")
            .Description("Your organization's interviews; for an interviewer, their own across clients.")
            .Argument<InterviewFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<InterviewSortInputType>>>("order")
            .AllowRoles(Roles.Everyone);
        ConnectionArguments.AddTo(list);
        list.ResolveAsync(async ctx => await KeysetPaginator.PageAsync(
            Filters.Apply(Visibility.Interviews(ctx), ctx.Where(), ctx.Db()), Sorts.Keys(ctx.Order()),
            ConnectionArguments.From(ctx), "interviews", ctx.CancellationToken));

        query.Field<InterviewType>("interview")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AllowRoles(Roles.Everyone)
            .Resolve(ctx => InterviewLoaders.Interview(ctx, NodeQueries.IdOf(ctx, "Interview")));
    }
}

public sealed class InterviewFilterInputType : InputObjectGraphType
{
    public InterviewFilterInputType()
    {
        Name = "InterviewFilterInput";
        InterviewQueries.Filters.DeclareFields(this);
        FilterCombinators.Add<InterviewFilterInputType>(this);
    }
}

public sealed class InterviewSortInputType : InputObjectGraphType
{
    public InterviewSortInputType()
    {
        Name = "InterviewSortInput";
        InterviewQueries.Sorts.DeclareFields(this);
    }
}
