using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Panelist.Domain.Persistence;

/// <summary>
/// A page's row limit written into the SQL as a literal (<c>LIMIT 21</c>), not a parameter. EF parameterizes
/// <c>Take(n)</c>, and with <c>LIMIT $n</c> PostgreSQL's generic plan cannot know the page is small: for the
/// interviewer search it sorts every match (150 ms, where the plan for <c>LIMIT 21</c> walks the rate index in 5 ms),
/// so PostgreSQL plans the prepared statement afresh on every execution instead of reusing one plan. Page sizes are
/// bounded (1–101 rows), so this adds at most that many statements per query shape.
/// </summary>
public static class PageSizes
{
    /// <summary><c>query.Take(rows)</c> with the count as <c>EF.Constant(rows)</c>.</summary>
    public static IQueryable<T> Take<T>(this IQueryable<T> query, Inlined rows) =>
        query.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], query.Expression, rows.Expression));

    public static Inlined Inline(int rows) => new(rows);

    /// <summary>A row count to be inlined; its expression is <c>EF.Constant(rows)</c>.</summary>
    public readonly record struct Inlined(int Rows)
    {
        public Expression Expression =>
            Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(int)], Expression.Constant(Rows));
    }
}
