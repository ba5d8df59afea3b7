using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Sorting;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>A feature's root list: its entity name (for type names), its filterable and its sortable fields.</summary>
public interface IConnectionSource<T>
{
    static abstract string Entity { get; }

    static abstract FilterSpec<T> Filters { get; }

    static abstract SortSpec<T> Sorts { get; }
}
