using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Scorecards;

namespace Panelist.Api.Scorecards;

public static class ScorecardMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ScorecardType, SaveScorecardDraftInput, Scorecard>("saveScorecardDraft", "scorecard",
            "Saves a partial scorecard (the interviewer who held the interview).", Roles.Interviewers,
            (ctx, input) => ctx.Service<ScorecardService>().SaveDraftAsync(Id(input.InterviewId),
                Content(input.Ratings, input.Recommendation, input.Summary), ctx.CancellationToken));
        mutation.Mutation<ScorecardType, SubmitScorecardInput, Scorecard>("submitScorecard", "scorecard",
            "Submits the scorecard: every criterion of the pinned rubric version rated 1–4.", Roles.Interviewers,
            (ctx, input) => ctx.Service<ScorecardService>().SubmitAsync(Id(input.InterviewId),
                Content(input.Ratings, input.Recommendation, input.Summary), ctx.CancellationToken));
        mutation.Mutation<ScorecardType, AmendScorecardInput, Scorecard>("amendScorecard", "scorecard",
            "Amends a submitted scorecard; the previous revision is kept.", Roles.Interviewers,
            (ctx, input) => ctx.Service<ScorecardService>().AmendAsync(Id(input.InterviewId),
                Content(input.Ratings, input.Recommendation, input.Summary), input.Reason, ctx.CancellationToken));
        mutation.Mutation<CandidateFeedbackType, RecordCandidateFeedbackInput, CandidateFeedback>("recordCandidateFeedback", "candidateFeedback",
            "Records the candidate's 0–10 rating of a completed interview, once.", Roles.Staff,
            (ctx, input) => ctx.Service<CandidateFeedbackService>().RecordAsync(Id(input.InterviewId), input.Score, input.Comment, ctx.CancellationToken));
    }

    private static Guid Id(string interviewId) => InputIds.Decode(interviewId, "Interview", nameof(SubmitScorecardInput.InterviewId));

    private static ScorecardContent Content(IReadOnlyList<CriterionRatingInput> ratings, Recommendation recommendation, string? summary) => new(
        [.. ratings.Select(r => new CriterionRating(r.CriterionKey, r.Rating, r.Evidence))], recommendation, summary);
}
