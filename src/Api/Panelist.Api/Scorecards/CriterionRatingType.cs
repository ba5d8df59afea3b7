using GraphQL.Types;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.Scorecards;

public sealed class CriterionRatingType : ObjectGraphType<CriterionRating>
{
    public CriterionRatingType()
    {
        Name = "CriterionRating";
        Field(r => r.CriterionKey);
        Field(r => r.Rating).Description("1–4, against the criterion's behavioural anchors.");
        Field(r => r.Evidence);
    }
}
