using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Common;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.Scorecards;

public static class ScorecardMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ScorecardType, Scorecard>("saveScorecardDraft", "scorecard", "Saves a partial scorecard (the interviewer who held the interview).", Roles.Interviewers,
            Content, (ctx, input) => ctx.Service<ScorecardService>().SaveDraftAsync(InterviewId(input), ReadContent(input), ctx.CancellationToken));
        mutation.Mutation<ScorecardType, Scorecard>("submitScorecard", "scorecard", "Submits the scorecard: every criterion of the pinned rubric version rated 1–4.", Roles.Interviewers,
            Content, (ctx, input) => ctx.Service<ScorecardService>().SubmitAsync(InterviewId(input), ReadContent(input), ctx.CancellationToken));
        mutation.Mutation<ScorecardType, Scorecard>("amendScorecard", "scorecard", "Amends a submitted scorecard; the previous revision is kept.", Roles.Interviewers,
            i =>
            {
                Content(i);
                i.Field<NonNullGraphType<StringGraphType>>("reason");
            },
            (ctx, input) => ctx.Service<ScorecardService>().AmendAsync(InterviewId(input), ReadContent(input), input.Required<string>("reason"), ctx.CancellationToken));
        mutation.Mutation<CandidateFeedbackType, CandidateFeedback>("recordCandidateFeedback", "candidateFeedback", "Records the candidate's 0–10 rating of a completed interview, once.", Roles.Staff,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("interviewId");
                i.Field<NonNullGraphType<IntGraphType>>("score");
                i.Field<StringGraphType>("comment");
            },
            (ctx, input) => ctx.Service<CandidateFeedbackService>().RecordAsync(InterviewId(input), input.Required<int>("score"), input.Get<string>("comment"), ctx.CancellationToken));
    }

    private static Guid InterviewId(MutationInput input) => input.Id("interviewId", "Interview");

    private static void Content(InputObjectGraphType i)
    {
        i.Field<NonNullGraphType<IdGraphType>>("interviewId");
        i.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CriterionRatingInputType>>>>("ratings");
        i.Field<NonNullGraphType<RecommendationType>>("recommendation");
        i.Field<StringGraphType>("summary");
    }

    private static ScorecardContent ReadContent(MutationInput input) => new(
        [.. input.List("ratings").Select(r => new CriterionRating(r.Required<string>("criterionKey"), r.Required<int>("rating"), r.Get<string>("evidence")))],
        input.Required<Recommendation>("recommendation"),
        input.Get<string>("summary"));
}
