using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Relay;

public static class ConnectionFields
{
    /// <summary>
    /// A root connection <c>name(where, order, first, after, last, before)</c> over what the caller may
    /// see (<paramref name="source"/>), filtered and keyset-paged in SQL.
    /// </summary>
    public static void Connection<TSource, TNodeType, T>(this ObjectGraphType query, string name, string description, Role[] roles,
        Func<IResolveFieldContext, IQueryable<T>> source)
        where TSource : IConnectionSource<T>
        where TNodeType : IGraphType
    {
        var field = query.Field<NonNullGraphType<ConnectionGraphType<TNodeType, T>>>(name)
            .Description(description)
            .Argument<FilterInputGraphType<TSource, T>>("where")
            .Argument<ListGraphType<NonNullGraphType<SortInputGraphType<TSource, T>>>>("order")
            .AllowRoles(roles);
        ConnectionArguments.AddTo(field);
        field.ResolveAsync(async ctx => await KeysetPaginator.PageAsync(
            TSource.Filters.Apply(source(ctx), ctx.Where(), ctx.Db()), TSource.Sorts.Keys(ctx.Order()),
            ConnectionArguments.From(ctx), name, ctx.CancellationToken));
    }
}

/// <summary><c>XFilterInput</c>: the source's filterable fields plus and / or / not.</summary>
public sealed class FilterInputGraphType<TSource, T> : InputObjectGraphType
    where TSource : IConnectionSource<T>
{
    public FilterInputGraphType()
    {
        Name = TSource.Entity + "FilterInput";
        TSource.Filters.DeclareFields(this);
        FilterCombinators.Add<FilterInputGraphType<TSource, T>>(this);
    }
}

/// <summary><c>XSortInput</c>: one of the source's sortable fields with a direction (a @oneOf input).</summary>
public sealed class SortInputGraphType<TSource, T> : InputObjectGraphType
    where TSource : IConnectionSource<T>
{
    public SortInputGraphType()
    {
        Name = TSource.Entity + "SortInput";
        TSource.Sorts.DeclareFields(this);
    }
}
