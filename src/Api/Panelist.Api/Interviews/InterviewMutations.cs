using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Interviews;

namespace Panelist.Api.Interviews;

public static class InterviewMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<InterviewType, Interview>("requestInterview", "interview", "Requests an interview of a candidate on an ACTIVE engagement.", Roles.Staff,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("engagementId");
                i.Field<NonNullGraphType<CandidateInputType>>("candidate");
            },
            (ctx, input) => ctx.Service<InterviewService>().RequestAsync(input.Id("engagementId", "Engagement"), Candidate(input), ctx.CancellationToken));

        mutation.Mutation<InterviewType, Interview>("updateCandidate", "interview", "Corrects the candidate's details.", Roles.Staff,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("interviewId");
                i.Field<NonNullGraphType<CandidateInputType>>("candidate");
            },
            (ctx, input) => ctx.Service<InterviewService>().UpdateCandidateAsync(Id(input), Candidate(input), ctx.CancellationToken));

        mutation.Mutation<InterviewType, Interview>("scheduleInterview", "interview",
            "Books (or rebooks) the interview with an accepted assignment: no double booking, within budget and weekly capacity.", Roles.Staff,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("interviewId");
                i.Field<NonNullGraphType<IdGraphType>>("assignmentId");
                i.Field<NonNullGraphType<DateTimeOffsetGraphType>>("scheduledStart");
                i.Field<NonNullGraphType<DateTimeOffsetGraphType>>("scheduledEnd");
            },
            (ctx, input) => ctx.Service<InterviewService>().ScheduleAsync(Id(input), input.Id("assignmentId", "Assignment"),
                input.Instant("scheduledStart"), input.Instant("scheduledEnd"), ctx.CancellationToken));

        mutation.Mutation<InterviewType, Interview>("completeInterview", "interview", "Records that the interview took place.", Roles.StaffAndInterviewers,
            i => i.Field<NonNullGraphType<IdGraphType>>("interviewId"),
            (ctx, input) => ctx.Service<InterviewService>().CompleteAsync(Id(input), ctx.CancellationToken));

        mutation.Mutation<InterviewType, Interview>("markInterviewNoShow", "interview", "Records that the candidate (or the interviewer) did not show.", Roles.StaffAndInterviewers,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("interviewId");
                i.Field<NonNullGraphType<BooleanGraphType>>("candidateMissing").Description("true: the candidate did not show; false: the interviewer did not.");
            },
            (ctx, input) => ctx.Service<InterviewService>().MarkNoShowAsync(Id(input), input.Required<bool>("candidateMissing"), ctx.CancellationToken));

        mutation.Mutation<InterviewType, Interview>("cancelInterview", "interview", "Cancels a requested or scheduled interview.", Roles.Staff,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("interviewId");
                i.Field<NonNullGraphType<StringGraphType>>("reason");
            },
            (ctx, input) => ctx.Service<InterviewService>().CancelAsync(Id(input), input.Required<string>("reason"), ctx.CancellationToken));
    }

    private static Guid Id(MutationInput input) => input.Id("interviewId", "Interview");

    private static Candidate Candidate(MutationInput input)
    {
        var c = new MutationInput(input.Required<IDictionary<string, object?>>("candidate"));
        return new Candidate(c.Required<string>("name"), c.Required<string>("email"), c.Get<string>("atsCandidateId"), c.Get<string>("atsApplicationId"));
    }
}
