using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Relay;

public static class ConnectionFields
{
    /// <summary>
    /// A root connection <c>name(where, order, first, after, last, before)</c> over what the caller may
    /// see (<paramref name="source"/>), filtered and keyset-paged in SQL. Returns the field so a connection can take
    /// arguments of its own (read by <paramref name="source"/>).
    /// </summary>
    public static FieldBuilder<object?, object> Connection<TSource, TNodeType, T>(this ObjectGraphType query, string name, string description, Role[] roles,
        Func<IResolveFieldContext, IQueryable<T>> source)
        where TSource : IConnectionSource<T>
        where TNodeType : IGraphType
    {
        // A connection some role may not read is nullable, so that a refusal nulls this field only.
        var field = query.Field<ConnectionGraphType<TNodeType, T>>(name)
            .Description(description)
            .Argument<FilterInputGraphType<TSource, T>>("where")
            .Argument<ListGraphType<NonNullGraphType<SortInputGraphType<TSource, T>>>>("order")
            .AllowRoles(roles);
        if (Roles.IsEveryone(roles))
        {
            field.FieldType.Type = typeof(NonNullGraphType<ConnectionGraphType<TNodeType, T>>);
        }

        ConnectionArguments.AddTo(field);
        field.ResolveAsync(async ctx => await KeysetPaginator.PageAsync(
            await TSource.Filters.ApplyAsync(source(ctx), ctx.Where(), ctx.Db(), ctx.RequestServices!, ctx.CancellationToken), TSource.Sorts.Keys(ctx.Order()),
            ConnectionArguments.From(ctx), name, ctx.CancellationToken));
        return field;
    }
}
