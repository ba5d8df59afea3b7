using System.Linq.Expressions;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>One key of a keyset order: a non-null, indexed column and its direction.</summary>
public sealed record SortKey<T>(string Name, LambdaExpression Selector, bool Descending)
{
    // Compiled on first use and kept with the key, so keys are meant to live as long as their sort spec (SortSpec
    // builds each once); a typed, boxing delegate, since DynamicInvoke was a reflection call per row and key.
    private Func<T, object?>? _compiled;

    public Type ValueType => Selector.ReturnType;

    public object? ValueOf(T row) => (_compiled ??= Boxed(Selector))(row);

    private static Func<T, object?> Boxed(LambdaExpression selector) =>
        Expression.Lambda<Func<T, object?>>(Expression.Convert(selector.Body, typeof(object)), selector.Parameters).Compile();
}
