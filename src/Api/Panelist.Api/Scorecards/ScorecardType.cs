using GraphQL.Types;
using Panelist.Api.GraphQL.Projection;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Api.Interviews;
using Panelist.Api.Rubrics;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.Scorecards;

public sealed class ScorecardType : ObjectGraphType<Scorecard>
{
    public ScorecardType()
    {
        Name = "Scorecard";
        Description = "The interviewer's evaluation against the engagement's pinned rubric version.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id)).Reads("Id");
        Field(s => s.Status, type: typeof(NonNullGraphType<ScorecardStatusType>));
        Field(s => s.Recommendation, type: typeof(NonNullGraphType<RecommendationType>));
        Field(s => s.Summary);
        Field(s => s.Revision).Description("1 for the first submission, +1 per amendment.");
        Field(s => s.WeightedScore, nullable: true).Description("Weighted mean of the ratings on the 1–4 scale, once every criterion is rated.");
        Field(s => s.Passed, nullable: true).Description("weightedScore ≥ the rubric version's pass threshold.");
        Field(s => s.SubmittedAt, type: typeof(DateTimeGraphType));
        Field(s => s.AmendedAt, type: typeof(DateTimeGraphType));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionRatingType>>>>("ratings").Resolve(ctx => ctx.Source.Ratings).Reads("Ratings");
        Field<NonNullGraphType<RubricVersionType>>("rubricVersion").Resolve(ctx => RubricLoaders.Version(ctx, ctx.Source.RubricVersionId)).Reads("RubricVersionId");
        Field<NonNullGraphType<InterviewType>>("interview").Resolve(ctx => InterviewLoaders.Interview(ctx, ctx.Source.InterviewId)).Reads("InterviewId");
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId)).Reads("InterviewerId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScorecardRevisionType>>>>("previousRevisions")
            .Description("What the scorecard said before each amendment, oldest first.")
            .Resolve(ctx => ScorecardLoaders.Revisions(ctx, ctx.Source.Id)).Reads("Id");
    }
}
