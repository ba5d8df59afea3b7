using GraphQL.Types;

namespace Panelist.Api.GraphQL.Filtering;

/// <summary>Comparison operators for one field. String matching (contains, startsWith) ignores case.</summary>
public sealed class StringFilterInputType : InputObjectGraphType
{
    public StringFilterInputType()
    {
        Name = "StringFilterInput";
        Field<StringGraphType>("eq");
        Field<StringGraphType>("neq");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("in").Description("At most 100 values.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("nin").Description("At most 100 values.");
        Field<StringGraphType>("contains").Description("Case-insensitive substring.");
        Field<StringGraphType>("startsWith").Description("Case-insensitive prefix.");
    }
}
