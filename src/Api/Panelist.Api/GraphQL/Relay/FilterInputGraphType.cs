using GraphQL.Types;
using Panelist.Api.GraphQL.Filtering;

namespace Panelist.Api.GraphQL.Relay;

/// <summary><c>XFilterInput</c>: the source's filterable fields plus and / or / not.</summary>
public sealed class FilterInputGraphType<TSource, T> : InputObjectGraphType
    where TSource : IConnectionSource<T>
{
    public FilterInputGraphType()
    {
        Name = TSource.Entity + "FilterInput";
        TSource.Filters.DeclareFields(this);
        FilterCombinators.Add<FilterInputGraphType<TSource, T>>(this);
    }
}
