using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Rubrics;

namespace Panelist.Api.Rubrics;

public static class RubricQueries
{
    public static readonly FilterSpec<Rubric> Filters = new FilterSpec<Rubric>()
        .Text("name", r => r.Name)
        .Text("roleFamily", r => r.RoleFamily);

    public static readonly SortSpec<Rubric> Sorts = new SortSpec<Rubric>(r => r.Id)
        .Default("name", r => r.Name)
        .Field("name", r => r.Name)
        .Field("roleFamily", r => r.RoleFamily)
        .Field("createdAt", r => r.CreatedAt);

    public static void AddTo(ObjectGraphType query)
    {
        var list = query.Field<NonNullGraphType<ConnectionGraphType<RubricType, Rubric>>>("rubrics")
            .Argument<RubricFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<RubricSortInputType>>>("order")
            .AllowRoles(Roles.Everyone);
        ConnectionArguments.AddTo(list);
        list.ResolveAsync(async ctx => await KeysetPaginator.PageAsync(
            Filters.Apply(ctx.Db().Rubrics.AsNoTracking(), ctx.Where(), ctx.Db()), Sorts.Keys(ctx.Order()),
            ConnectionArguments.From(ctx), "rubrics", ctx.CancellationToken));

        query.Field<RubricType>("rubric")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AllowRoles(Roles.Everyone)
            .Resolve(ctx => RubricLoaders.Rubric(ctx, NodeQueries.IdOf(ctx, "Rubric")));
    }
}

public sealed class RubricFilterInputType : InputObjectGraphType
{
    public RubricFilterInputType()
    {
        Name = "RubricFilterInput";
        RubricQueries.Filters.DeclareFields(this);
        FilterCombinators.Add<RubricFilterInputType>(this);
    }
}

public sealed class RubricSortInputType : InputObjectGraphType
{
    public RubricSortInputType()
    {
        Name = "RubricSortInput";
        RubricQueries.Sorts.DeclareFields(this);
    }
}
