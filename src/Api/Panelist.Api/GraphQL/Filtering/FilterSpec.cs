using System.Linq.Expressions;
using GraphQL.Types;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Expressions;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Persistence;

namespace Panelist.Api.GraphQL.Filtering;

/// <summary>
/// A whitelist of filterable fields of <typeparamref name="T"/>, each mapped to an indexed column, and
/// the compiler from a <c>where</c> input (with and / or / not) to one SQL-translatable predicate.
/// Values are captured, never inlined, so EF sends them as parameters.
/// </summary>
public sealed class FilterSpec<T>
{
    public const int MaxListLength = 100;
    public const int MaxNesting = 5;

    private readonly Dictionary<string, Func<IDictionary<string, object?>, PanelistDbContext, Expression<Func<T, bool>>>> _fields = new(StringComparer.Ordinal);
    private readonly List<(string Name, Type GraphType, string? Description)> _declared = [];
    private readonly List<Func<IDictionary<string, object?>, PanelistDbContext, IServiceProvider, CancellationToken, Task>> _checks = [];

    public FilterSpec<T> Field<TValue, TOperatorInput>(string name, Expression<Func<T, TValue>> member, string? description = null)
        where TOperatorInput : InputObjectGraphType
    {
        _declared.Add((name, typeof(TOperatorInput), description));
        _fields[name] = (ops, _) => Operators.Build(member, ops, name);
        return this;
    }

    public FilterSpec<T> Text(string name, Expression<Func<T, string>> member, string? description = null) =>
        Field<string, StringFilterInputType>(name, member, description);

    /// <summary>A text field holding codes stored in one case (ISO country, currency): compared values are normalised first.</summary>
    public FilterSpec<T> Code(string name, Expression<Func<T, string>> member, Func<string, string> normalize, string? description = null)
    {
        _declared.Add((name, typeof(StringFilterInputType), description));
        _fields[name] = (ops, _) => Operators.Build(member, Normalized(ops, normalize), name);
        return this;
    }

    /// <summary>
    /// A rule over the whole <c>where</c> input, run before the query: refuses input that would
    /// compile but answer a wrong or silently empty list (an unknown slug, amounts in mixed currencies).
    /// </summary>
    public FilterSpec<T> Check(Func<IDictionary<string, object?>, PanelistDbContext, IServiceProvider, CancellationToken, Task> check)
    {
        _checks.Add(check);
        return this;
    }

    /// <summary>A filter on a global id: the ids are decoded (and their type checked) before they reach SQL.</summary>
    public FilterSpec<T> Id<TValue>(string name, string typeName, Expression<Func<T, TValue>> member, string? description = null)
    {
        _declared.Add((name, typeof(IdFilterInputType), description));
        _fields[name] = (ops, _) => Operators.Build(member, DecodeIds(ops, typeName, name), name);
        return this;
    }

    /// <summary>A field with its own input type and predicate (e.g. "has skill X at level N or more").</summary>
    public FilterSpec<T> Custom<TInput>(string name, string description, Func<IDictionary<string, object?>, PanelistDbContext, Expression<Func<T, bool>>> build)
        where TInput : InputObjectGraphType
    {
        _declared.Add((name, typeof(TInput), description));
        _fields[name] = build;
        return this;
    }

    public void DeclareFields(InputObjectGraphType type)
    {
        foreach (var (name, graphType, description) in _declared)
        {
            type.AddField(new FieldType { Name = name, Type = graphType, Description = description });
        }
    }

    public async Task<IQueryable<T>> ApplyAsync(IQueryable<T> query, IDictionary<string, object?>? where, PanelistDbContext db, IServiceProvider services,
        CancellationToken ct)
    {
        if (where is null || where.Count == 0)
        {
            return query;
        }

        // Compiled first: it bounds the nesting the checks then walk.
        var predicate = Compile(where, 1, db);
        foreach (var check in _checks)
        {
            await check(where, db, services, ct);
        }

        return query.Where(predicate);
    }

    private Expression<Func<T, bool>> Compile(IDictionary<string, object?> where, int depth, PanelistDbContext db)
    {
        if (depth > MaxNesting)
        {
            throw ApiError.BadInput($"Filters nest at most {MaxNesting} levels deep.");
        }

        var parts = new List<Expression<Func<T, bool>>>();
        foreach (var (name, value) in where)
        {
            if (value is null)
            {
                continue;
            }

            parts.Add(name switch
            {
                "and" => Combine(Nested(value, depth, db), Expression.AndAlso, true),
                "or" => Combine(Nested(value, depth, db), Expression.OrElse, false),
                "not" => Not(Compile((IDictionary<string, object?>)value, depth + 1, db)),
                _ => _fields[name]((IDictionary<string, object?>)value, db),
            });
        }

        return Combine(parts, Expression.AndAlso, true);
    }

    private List<Expression<Func<T, bool>>> Nested(object value, int depth, PanelistDbContext db) =>
        [.. ((IEnumerable<object?>)value).OfType<IDictionary<string, object?>>().Select(w => Compile(w, depth + 1, db))];

    private static Expression<Func<T, bool>> Combine(List<Expression<Func<T, bool>>> parts, Func<Expression, Expression, BinaryExpression> join, bool empty)
    {
        if (parts.Count == 0)
        {
            return _ => empty;
        }

        var row = Expression.Parameter(typeof(T), "row");
        var body = parts.Select(p => QueryExpressions.Rebind(p, row)).Aggregate((a, b) => join(a, b));
        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private static Expression<Func<T, bool>> Not(Expression<Func<T, bool>> inner) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(inner.Body), inner.Parameters);

    private static Dictionary<string, object?> Normalized(IDictionary<string, object?> ops, Func<string, string> normalize) =>
        ops.ToDictionary(op => op.Key, op => op.Value switch
        {
            string text => normalize(text),
            IEnumerable<object?> list => list.Select(v => v is string text ? normalize(text) : v).ToList(),
            var other => other,
        }, StringComparer.Ordinal);

    private static Dictionary<string, object?> DecodeIds(IDictionary<string, object?> ops, string typeName, string field)
    {
        Guid Decode(object? value) => GlobalId.TryDecodeAs(value as string, typeName, out var id)
            ? id
            : throw ApiError.BadInput($"where.{field}: '{value}' is not the id of {TypeNouns.WithArticle(typeName)}.");

        var decoded = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (op, value) in ops)
        {
            decoded[op] = value switch
            {
                null => null,
                IEnumerable<object?> list when value is not string => list.Select(Decode).Cast<object?>().ToList(),
                _ => Decode(value),
            };
        }

        return decoded;
    }
}
