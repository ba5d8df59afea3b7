using GraphQL.Types;

namespace Panelist.Api.GraphQL.Sorting;

public sealed class SortDirectionType : EnumerationGraphType<SortDirection>
{
    public SortDirectionType() => Name = "SortDirection";
}
