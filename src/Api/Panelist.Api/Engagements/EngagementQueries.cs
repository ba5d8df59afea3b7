using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public static class EngagementQueries
{
    public static readonly FilterSpec<Engagement> Filters = new FilterSpec<Engagement>()
        .Text("title", e => e.Title)
        .Field<EngagementStatus, EnumFilterInputType<EngagementStatusType>>("status", e => e.Status)
        .Field<DateTime, DateTimeFilterInputType>("createdAt", e => e.CreatedAt)
        .Field<DateTime, DateTimeFilterInputType>("startsAt", e => e.StartsAt);

    public static readonly SortSpec<Engagement> Sorts = new SortSpec<Engagement>(e => e.Id)
        .Default("createdAt", e => e.CreatedAt, descending: true)
        .Field("title", e => e.Title)
        .Field("createdAt", e => e.CreatedAt)
        .Field("startsAt", e => e.StartsAt);

    public static readonly FilterSpec<Assignment> AssignmentFilters = new FilterSpec<Assignment>()
        .Field<AssignmentStatus, EnumFilterInputType<AssignmentStatusType>>("status", a => a.Status)
        .Id("engagementId", "Engagement", a => a.EngagementId)
        .Id("interviewerId", "Interviewer", a => a.InterviewerId);

    public static readonly SortSpec<Assignment> AssignmentSorts = new SortSpec<Assignment>(a => a.Id)
        .Default("invitedAt", a => a.InvitedAt, descending: true)
        .Field("invitedAt", a => a.InvitedAt);

    public static void AddTo(ObjectGraphType query)
    {
        var list = query.Field<NonNullGraphType<ConnectionGraphType<EngagementType, Engagement>>>("engagements")
            .Description("Your organization's engagements (an interviewer's: those they are assigned to).")
            .Argument<EngagementFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<EngagementSortInputType>>>("order")
            .AllowRoles(Roles.Everyone);
        ConnectionArguments.AddTo(list);
        list.ResolveAsync(async ctx => await KeysetPaginator.PageAsync(
            Filters.Apply(Visibility.Engagements(ctx), ctx.Where(), ctx.Db()), Sorts.Keys(ctx.Order()),
            ConnectionArguments.From(ctx), "engagements", ctx.CancellationToken));

        query.Field<EngagementType>("engagement")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AllowRoles(Roles.Everyone)
            .Resolve(ctx => EngagementLoaders.Engagement(ctx, NodeQueries.IdOf(ctx, "Engagement")));

        var assignments = query.Field<NonNullGraphType<ConnectionGraphType<AssignmentType, Assignment>>>("assignments")
            .Description("Assignments of your organization; for an interviewer, their own across clients.")
            .Argument<AssignmentFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<AssignmentSortInputType>>>("order")
            .AllowRoles(Roles.Everyone);
        ConnectionArguments.AddTo(assignments);
        assignments.ResolveAsync(async ctx => await KeysetPaginator.PageAsync(
            AssignmentFilters.Apply(Visibility.Assignments(ctx), ctx.Where(), ctx.Db()), AssignmentSorts.Keys(ctx.Order()),
            ConnectionArguments.From(ctx), "assignments", ctx.CancellationToken));
    }
}

public sealed class EngagementFilterInputType : InputObjectGraphType
{
    public EngagementFilterInputType()
    {
        Name = "EngagementFilterInput";
        EngagementQueries.Filters.DeclareFields(this);
        FilterCombinators.Add<EngagementFilterInputType>(this);
    }
}

public sealed class EngagementSortInputType : InputObjectGraphType
{
    public EngagementSortInputType()
    {
        Name = "EngagementSortInput";
        EngagementQueries.Sorts.DeclareFields(this);
    }
}

public sealed class AssignmentFilterInputType : InputObjectGraphType
{
    public AssignmentFilterInputType()
    {
        Name = "AssignmentFilterInput";
        EngagementQueries.AssignmentFilters.DeclareFields(this);
        FilterCombinators.Add<AssignmentFilterInputType>(this);
    }
}

public sealed class AssignmentSortInputType : InputObjectGraphType
{
    public AssignmentSortInputType()
    {
        Name = "AssignmentSortInput";
        EngagementQueries.AssignmentSorts.DeclareFields(this);
    }
}
