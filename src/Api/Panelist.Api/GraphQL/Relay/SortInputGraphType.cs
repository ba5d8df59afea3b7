using GraphQL.Types;

namespace Panelist.Api.GraphQL.Relay;

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
