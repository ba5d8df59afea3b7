using GraphQL.Types;

namespace Panelist.Api.Rubrics;

public sealed class RubricCriterionInputType : InputObjectGraphType
{
    public RubricCriterionInputType()
    {
        Name = "RubricCriterionInput";
        Field<NonNullGraphType<StringGraphType>>("key").Description("lower_snake_case, unique within the version.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("description");
        Field<NonNullGraphType<DecimalGraphType>>("weight");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("anchors").Description("Exactly four: levels 1 to 4.");
    }
}
