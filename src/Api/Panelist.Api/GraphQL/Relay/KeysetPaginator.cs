using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL.Expressions;
using Panelist.Domain.Persistence;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>
/// Keyset (seek) pagination over any IQueryable: order by the requested keys plus the id, seek past
/// the cursor with <c>(a &gt; x) OR (a = x AND b &gt; y) …</c>, fetch one extra row to know whether
/// more follow. Portable SQL for PostgreSQL and SQLite; never OFFSET.
/// </summary>
public static class KeysetPaginator
{
    public static async Task<Page<T>> PageAsync<T>(IQueryable<T> query, IReadOnlyList<SortKey<T>> keys, ConnectionArguments args,
        string connection, CancellationToken ct)
    {
        var signature = Signature(connection, keys);
        var rows = await Window(query, keys, args, signature).ToListAsync(ct);
        return ToPage(rows, keys, args, signature, () => new LazyResult<int>(token => query.CountAsync(token)));
    }

    /// <summary>
    /// One page per parent in a single statement (a UNION ALL of per-parent keyset windows), so a nested
    /// connection costs one query per level however many parents the outer page holds.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, Page<T>>> PagePerParentAsync<T>(IQueryable<T> query, Expression<Func<T, Guid>> parent,
        IReadOnlyList<Guid> parents, IReadOnlyList<SortKey<T>> keys, ConnectionArguments args, string connection,
        Func<Guid, global::GraphQL.DataLoader.IDataLoaderResult<int>> count, CancellationToken ct, Columns<T>? columns = null)
        where T : class
    {
        var signature = Signature(connection, keys);
        IQueryable<T>? union = null;
        foreach (var id in parents)
        {
            var equals = Expression.Lambda<Func<T, bool>>(
                Expression.Equal(parent.Body, QueryExpressions.Capture(id)), parent.Parameters);
            // Projected after the window: the filters and the order still see every column.
            var window = Window(query.Where(equals), keys, args, signature).Select(columns);
            union = union is null ? window : union.Concat(window);
        }

        var rows = union is null ? [] : await union.ToListAsync(ct);
        var ofParent = ParentSelector(parent);
        var byParent = rows.GroupBy(ofParent).ToDictionary(g => g.Key, g => g.ToList());
        return parents.ToDictionary(id => id, id =>
        {
            // Each UNION ALL branch is an ordered, limited subquery; PostgreSQL and SQLite return the
            // branches in order with their rows in order, which the paging tests pin down.
            var own = byParent.TryGetValue(id, out var list) ? list : [];
            return ToPage(own, keys, args, signature, () => count(id));
        });
    }

    /// <summary>
    /// The page of rows a caller read itself in the order of <paramref name="keys"/> (one more than the page size, no
    /// cursor), as <see cref="PageAsync"/> would make it: the same cursors, the same page info.
    /// </summary>
    public static Page<T> FirstPage<T>(List<T> rows, IReadOnlyList<SortKey<T>> keys, ConnectionArguments args, string connection,
        Func<global::GraphQL.DataLoader.IDataLoaderResult<int>> count) =>
        args.Cursor is null && !args.Backward
            ? ToPage(rows, keys, args, Signature(connection, keys), count)
            : throw new ArgumentException("A first page has no cursor and runs forward.", nameof(args));

    /// <summary>
    /// Callers pass a fresh lambda each time (<c>i =&gt; i.EngagementId</c>); compiling it per request cost a dynamic
    /// method per nested page. A plain property access is compiled once per property.
    /// </summary>
    private static Func<T, Guid> ParentSelector<T>(Expression<Func<T, Guid>> parent) =>
        parent.Body is MemberExpression { Member: var member } body && body.Expression == parent.Parameters[0]
            ? (Func<T, Guid>)CompiledParents.GetOrAdd((typeof(T), member), static (_, lambda) => lambda.Compile(), (LambdaExpression)parent)
            : parent.Compile();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, System.Reflection.MemberInfo), Delegate> CompiledParents = new();

    private static string Signature<T>(string connection, IReadOnlyList<SortKey<T>> keys) =>
        Cursor.Signature(connection, keys.Select(k => k.Name + (k.Descending ? "-" : "+")));

    private static IQueryable<T> Window<T>(IQueryable<T> query, IReadOnlyList<SortKey<T>> keys, ConnectionArguments args, string signature)
    {
        var ordered = Order(query, keys, reverse: args.Backward);
        if (args.Cursor is { } cursor)
        {
            var values = Cursor.Decode(cursor, signature, [.. keys.Select(k => k.ValueType)], args.Signer);
            ordered = ordered.Where(Seek(keys, values, reverse: args.Backward));
        }

        // A literal LIMIT (at most MaxPageSize + 1 values): see QueryExpressions.Literal.
        return QueryExpressions.TakeLiteral(ordered, args.Size + 1);
    }

    private static Page<T> ToPage<T>(List<T> rows, IReadOnlyList<SortKey<T>> keys, ConnectionArguments args, string signature,
        Func<global::GraphQL.DataLoader.IDataLoaderResult<int>> count)
    {
        var more = rows.Count > args.Size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (args.Backward)
        {
            rows.Reverse();
        }

        Func<T, string> cursor = r => Cursor.Encode(signature, keys.Select(k => k.ValueOf(r)), args.Signer);
        var edges = rows.Select(r => new Edge<T>(cursor, r)).ToList();
        var info = new PageInfo(
            hasNextPage: args.Backward ? args.Cursor is not null : more,
            hasPreviousPage: args.Backward ? more : args.Cursor is not null,
            edges.Count > 0 ? () => edges[0].Cursor : null,
            edges.Count > 0 ? () => edges[^1].Cursor : null);
        return new Page<T>(edges, info, count);
    }

    private static IQueryable<T> Order<T>(IQueryable<T> query, IReadOnlyList<SortKey<T>> keys, bool reverse)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending != reverse;
            var method = (i == 0 ? (descending ? "OrderByDescending" : "OrderBy") : (descending ? "ThenByDescending" : "ThenBy"));
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), keys[i].ValueType], expression, Expression.Quote(keys[i].Selector));
        }

        return query.Provider.CreateQuery<T>(expression);
    }

    /// <summary>Rows strictly after the cursor in the (possibly reversed) order. Values are captured, so EF sends parameters.</summary>
    private static Expression<Func<T, bool>> Seek<T>(IReadOnlyList<SortKey<T>> keys, object?[] values, bool reverse)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            Expression all = Compare(keys[i], row, values[i], after: keys[i].Descending == reverse, strict: true);
            for (var j = 0; j < i; j++)
            {
                all = Expression.AndAlso(Equal(keys[j], row, values[j]), all);
            }

            any = any is null ? all : Expression.OrElse(any, all);
        }

        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    private static BinaryExpression Compare<T>(SortKey<T> key, ParameterExpression row, object? value, bool after, bool strict)
    {
        var (left, right) = Operands(key, row, value);
        var type = key.ValueType;
        if (type == typeof(string) || type == typeof(Guid))
        {
            // No > operator on these in C#; EF translates CompareTo(...) > 0 into a plain SQL comparison.
            left = type == typeof(string)
                ? Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right)
                : Expression.Call(left, typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, right);
            right = Expression.Constant(0);
        }

        return after
            ? (strict ? Expression.GreaterThan(left, right) : Expression.GreaterThanOrEqual(left, right))
            : (strict ? Expression.LessThan(left, right) : Expression.LessThanOrEqual(left, right));
    }

    private static BinaryExpression Equal<T>(SortKey<T> key, ParameterExpression row, object? value)
    {
        var (left, right) = Operands(key, row, value);
        return Expression.Equal(left, right);
    }

    private static (Expression Left, Expression Right) Operands<T>(SortKey<T> key, ParameterExpression row, object? value)
    {
        var left = QueryExpressions.Rebind(key.Selector, row);
        var right = QueryExpressions.Capture(value, key.ValueType);
        return (left, right);
    }
}
