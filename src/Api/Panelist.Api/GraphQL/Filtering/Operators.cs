using System.Collections;
using System.Linq.Expressions;
using Panelist.Api.GraphQL.Errors;
using static Panelist.Api.GraphQL.Expressions.QueryExpressions;

namespace Panelist.Api.GraphQL.Filtering;

/// <summary>Turns <c>{ eq, neq, in, nin, gt, gte, lt, lte, contains, startsWith }</c> on one member into a predicate.</summary>
internal static class Operators
{
    public static Expression<Func<T, bool>> Build<T, TValue>(Expression<Func<T, TValue>> member, IDictionary<string, object?> ops, string field)
    {
        var row = member.Parameters[0];
        var column = member.Body;
        var parts = new List<Expression>();
        foreach (var (op, raw) in ops)
        {
            if (raw is null)
            {
                continue;
            }

            parts.Add(op switch
            {
                "eq" => Expression.Equal(column, Value<TValue>(raw)),
                "neq" => Expression.NotEqual(column, Value<TValue>(raw)),
                "in" => In<TValue>(column, raw, field),
                "nin" => Expression.Not(In<TValue>(column, raw, field)),
                "gt" => Expression.GreaterThan(column, Value<TValue>(raw)),
                "gte" => Expression.GreaterThanOrEqual(column, Value<TValue>(raw)),
                "lt" => Expression.LessThan(column, Value<TValue>(raw)),
                "lte" => Expression.LessThanOrEqual(column, Value<TValue>(raw)),
                "contains" => Text(column, nameof(string.Contains), (string)raw),
                "startsWith" => Text(column, nameof(string.StartsWith), (string)raw),
                _ => throw ApiError.BadInput($"Unknown operator {op}."),
            });
        }

        var body = parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    /// <summary>An enum or a bool as a SQL literal (see <see cref="Literal{TValue}"/>), any other value as a parameter.</summary>
    private static Expression Value<TValue>(object raw) =>
        FewValues(Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue)) ? Literal(Convert<TValue>(raw)) : Capture(Convert<TValue>(raw));

    private static bool FewValues(Type type) => type.IsEnum || type == typeof(bool);

    private static MethodCallExpression In<TValue>(Expression column, object raw, string field)
    {
        var values = ((IEnumerable)raw).Cast<object>().Select(Convert<TValue>).ToList();
        if (values.Count > FilterSpec<object>.MaxListLength)
        {
            throw ApiError.BadInput($"where.{field}: in/nin take at most {FilterSpec<object>.MaxListLength} values.");
        }

        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TValue)], Capture(values), column);
    }

    private static MethodCallExpression Text(Expression column, string method, string value)
    {
        var lower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
        var call = typeof(string).GetMethod(method, [typeof(string)])!;
        return Expression.Call(Expression.Call(column, lower), call, Capture(value.ToLowerInvariant()));
    }

    private static TValue Convert<TValue>(object raw)
    {
        var target = Nullable.GetUnderlyingType(typeof(TValue)) ?? typeof(TValue);
        object value = raw switch
        {
            DateTimeOffset offset when target == typeof(DateTime) => offset.UtcDateTime,
            int i when target == typeof(decimal) => (decimal)i,
            int i when target == typeof(long) => (long)i,
            _ => raw,
        };
        return (TValue)value;
    }
}
