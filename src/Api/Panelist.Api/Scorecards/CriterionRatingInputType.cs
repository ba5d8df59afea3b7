using GraphQL.Types;

namespace Panelist.Api.Scorecards;

public sealed class CriterionRatingInputType : InputObjectGraphType
{
    public CriterionRatingInputType()
    {
        Name = "CriterionRatingInput";
        Field<NonNullGraphType<StringGraphType>>("criterionKey");
        Field<NonNullGraphType<IntGraphType>>("rating");
        Field<StringGraphType>("evidence");
    }
}
