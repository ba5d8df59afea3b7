using GraphQL.Types;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.Scorecards;

public sealed class ScorecardRevisionType : ObjectGraphType<ScorecardRevision>
{
    public ScorecardRevisionType()
    {
        Name = "ScorecardRevision";
        Field(r => r.Revision);
        Field(r => r.Recommendation, type: typeof(NonNullGraphType<RecommendationType>));
        Field(r => r.Summary);
        Field(r => r.WeightedScore, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionRatingType>>>>("ratings").Resolve(ctx => ctx.Source.Ratings);
        Field(r => r.SubmittedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(r => r.AmendmentReason).Description("Why the next revision replaced this one.");
        Field(r => r.RecordedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
    }
}
