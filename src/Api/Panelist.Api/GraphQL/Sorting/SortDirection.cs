namespace Panelist.Api.GraphQL.Sorting;

public enum SortDirection
{
    Asc,
    Desc,
}
