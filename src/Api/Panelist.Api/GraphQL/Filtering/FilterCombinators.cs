using GraphQL.Types;

namespace Panelist.Api.GraphQL.Filtering;

public static class FilterCombinators
{
    /// <summary>Adds <c>and: [Self!]</c>, <c>or: [Self!]</c> and <c>not: Self</c> to a filter input type.</summary>
    public static void Add<TSelf>(InputObjectGraphType type)
        where TSelf : InputObjectGraphType
    {
        type.Field<ListGraphType<NonNullGraphType<TSelf>>>("and").Description("All of these hold.");
        type.Field<ListGraphType<NonNullGraphType<TSelf>>>("or").Description("At least one of these holds.");
        type.Field<TSelf>("not").Description("This does not hold.");
    }
}
