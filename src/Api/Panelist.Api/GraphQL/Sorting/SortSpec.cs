using System.Linq.Expressions;
using GraphQL.Types;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.GraphQL.Sorting;

/// <summary>
/// The sortable fields of <typeparamref name="T"/> (non-null, indexed columns only) and how an
/// <c>order: [XSortInput!]</c> argument becomes keyset sort keys; the id always breaks ties.
/// </summary>
public sealed class SortSpec<T>(Expression<Func<T, Guid>> id)
{
    public const int MaxKeys = 3;

    // The keys are built once (ascending and descending per field) so that each compiles its value reader once, not per request.
    private readonly Dictionary<string, (SortKey<T> Ascending, SortKey<T> Descending, string? Description)> _fields = new(StringComparer.Ordinal);
    private readonly List<SortKey<T>> _defaultOrder = [];
    private readonly SortKey<T> _id = new("id", id, false);

    /// <summary>The order when the client gives none (before the id tie-breaker).</summary>
    public SortSpec<T> Default<TKey>(string name, Expression<Func<T, TKey>> selector, bool descending = false)
    {
        _defaultOrder.Add(new SortKey<T>(name, selector, descending));
        return this;
    }

    public SortSpec<T> Field<TKey>(string name, Expression<Func<T, TKey>> selector, string? description = null)
    {
        _fields[name] = (new SortKey<T>(name, selector, false), new SortKey<T>(name, selector, true), description);
        return this;
    }

    public void DeclareFields(InputObjectGraphType type)
    {
        type.IsOneOf = true;
        foreach (var (name, (_, _, description)) in _fields)
        {
            type.AddField(new FieldType { Name = name, Type = typeof(SortDirectionType), Description = description });
        }
    }

    public IReadOnlyList<SortKey<T>> Keys(IEnumerable<object?>? order)
    {
        var items = order?.OfType<IDictionary<string, object?>>().ToList() ?? [];
        if (items.Count > MaxKeys)
        {
            throw ApiError.BadInput($"order takes at most {MaxKeys} keys.");
        }

        var keys = items.Count == 0
            ? [.. _defaultOrder]
            : items.Select(item =>
            {
                var (name, direction) = item.Single(kv => kv.Value is not null);
                var field = _fields[name];
                return (SortDirection)direction! == SortDirection.Desc ? field.Descending : field.Ascending;
            }).ToList();
        keys.Add(_id);
        return keys;
    }
}
