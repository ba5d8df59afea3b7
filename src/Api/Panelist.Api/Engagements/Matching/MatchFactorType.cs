using GraphQL.Types;
using Panelist.Domain.Engagements.Matching;

namespace Panelist.Api.Engagements.Matching;

public sealed class MatchFactorType : ObjectGraphType<MatchFactor>
{
    public MatchFactorType()
    {
        Name = "MatchFactor";
        Description = "One factor of a match: its configured weight, its raw value, the value mapped to 0–1 and what it adds to the match score.";
        Field(f => f.Factor, type: typeof(NonNullGraphType<MatchFactorKindType>));
        Field(f => f.Weight).Description("The configured weight (Matching options); the contribution divides it by the sum of all weights.");
        Field(f => f.Raw, nullable: true).Description("SKILLS mean level, LANGUAGES count, TIME_ZONE_OVERLAP hours, LOAD interviews booked in 7 days, RATE the card rate, "
            + "CERTIFICATION days left, QUALITY_SCORE the score; null when the engagement asks nothing of it or there is no figure.");
        Field(f => f.Normalized).Description("0–1, higher is a better fit.");
        Field(f => f.Contribution).Description("normalized × weight / Σ weights.");
        Field(f => f.Explanation);
    }
}
