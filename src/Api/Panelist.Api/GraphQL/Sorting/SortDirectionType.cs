using GraphQL.Types;

namespace Panelist.Api.GraphQL.Sorting;

public enum SortDirection
{
    Asc,
    Desc,
}

public sealed class SortDirectionType : EnumerationGraphType<SortDirection>
{
    public SortDirectionType() => Name = "SortDirection";
}
