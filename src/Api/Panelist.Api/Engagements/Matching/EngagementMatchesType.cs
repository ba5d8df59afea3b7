using GraphQL.Types;
using Panelist.Domain.Engagements.Matching;

namespace Panelist.Api.Engagements.Matching;

public sealed class EngagementMatchesType : ObjectGraphType<EngagementMatches>
{
    public EngagementMatchesType()
    {
        Name = "EngagementMatches";
        Description = "Who could take the engagement's next interview, ranked with every factor, and who could not, with the reasons (automated allocation, explained).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InterviewerMatchType>>>>("matches").Description("The first `first`, best first.").Resolve(ctx => ctx.Source.Matches);
        Field(m => m.MatchedCount).Description("How many interviewers could take it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExcludedInterviewerType>>>>("excluded").Description("The first `first` excluded, by interviewer id.")
            .Resolve(ctx => ctx.Source.Excluded);
        Field(m => m.ExcludedCount).Description("How many interviewers were excluded.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchFactorType>>>>("weights").Description("Every factor's configured weight (raw and values empty).")
            .Resolve(ctx => Enum.GetValues<MatchFactorKind>().Select(k => new MatchFactor(k, ctx.Source.Weights.WeightOf(k), null, 0, 0, "The configured weight.")).ToList());
    }
}
