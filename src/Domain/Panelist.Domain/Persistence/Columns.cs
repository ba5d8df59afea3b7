using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Panelist.Domain.Persistence;

/// <summary>
/// The properties of <typeparamref name="T"/> a read must fill, as a projection <c>row =&gt; new T { A = row.A, … }</c>
/// through the entity's own parameterless (EF) constructor: the SQL names only those columns, and the rest of the entity
/// keeps its constructor's defaults. Such an entity is for display only: it is untracked, and a property outside the
/// set reads as its default. <see cref="Columns.Of"/> answers null (read every column) for a set it cannot project, so a caller
/// never has to handle a partial failure.
/// </summary>
public sealed class Columns<T>
    where T : class
{
    internal Columns(string key, Expression<Func<T, T>> selector)
    {
        Key = key;
        Selector = selector;
    }

    /// <summary>The property names, sorted and comma-separated: one key per set, whatever order it was asked in.</summary>
    public string Key { get; }

    public Expression<Func<T, T>> Selector { get; }

    private PrefixedKey? _named;

    /// <summary>
    /// <c>prefix:Key</c>, made once per prefix in a row (callers use one literal prefix per set, e.g. a batch loader's
    /// name): a read of 100 ids names its loader 100 times.
    /// </summary>
    public string Named(string prefix)
    {
        var named = _named;
        if (named is null || !ReferenceEquals(named.Prefix, prefix))
        {
            _named = named = new PrefixedKey(prefix, prefix + ":" + Key);
        }

        return named.Name;
    }

    private sealed record PrefixedKey(string Prefix, string Name);
}

/// <summary>Builds and keeps the <see cref="Columns{T}"/> of each set, and applies them to queries.</summary>
public static class Columns
{
    /// <summary>Distinct sets kept per entity type; past this, reads fall back to whole rows (the cache stays bounded whatever clients send).</summary>
    public const int MaxSets = 256;

    /// <summary>The projection of these properties, or null for whole rows: an unknown or read-only property, or too many sets.</summary>
    public static Columns<T>? Of<T>(IEnumerable<string> properties)
        where T : class
    {
        var key = string.Join(",", properties.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var sets = Cache<T>.Sets;
        if (sets.TryGetValue(key, out var known))
        {
            return known;
        }

        return sets.Count >= MaxSets ? null : sets.GetOrAdd(key, Build<T>);
    }

    /// <summary>The query projected to <paramref name="columns"/>; unchanged when null (whole rows).</summary>
    public static IQueryable<T> Select<T>(this IQueryable<T> query, Columns<T>? columns)
        where T : class =>
        columns is null ? query : query.Select(columns.Selector);

    private static Columns<T>? Build<T>(string key)
        where T : class
    {
        if (Cache<T>.Constructor is not { } constructor || key.Length == 0)
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "row");
        var bindings = new List<MemberBinding>();
        foreach (var name in key.Split(','))
        {
            if (Settable<T>(name) is not { } property)
            {
                return null;
            }

            bindings.Add(Expression.Bind(property, Expression.Property(row, property)));
        }

        return new Columns<T>(key, Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(constructor), bindings), row));
    }

    /// <summary>The property as declared (a base class's private or init setter is not visible through the derived type).</summary>
    private static PropertyInfo? Settable<T>(string name)
    {
        var property = typeof(T).GetProperty(name, BindingFlags.Instance | BindingFlags.Public);
        var declared = property?.DeclaringType?.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);
        return declared?.SetMethod is not null ? declared : null;
    }

    private static class Cache<T>
        where T : class
    {
        public static readonly ConcurrentDictionary<string, Columns<T>?> Sets = new(StringComparer.Ordinal);

        public static readonly ConstructorInfo? Constructor =
            typeof(T).GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
    }
}
