using System.Linq.Expressions;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>One key of a keyset order: a non-null, indexed column and its direction.</summary>
public sealed record SortKey<T>(string Name, LambdaExpression Selector, bool Descending)
{
    private Delegate? _compiled;

    public Type ValueType => Selector.ReturnType;

    public object? ValueOf(T row) => (_compiled ??= Selector.Compile()).DynamicInvoke(row);
}
