using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Candidates;
using Panelist.Domain.Interviews;

namespace Panelist.Api.Interviews;

public static class InterviewMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<InterviewType, RequestInterviewInput, Interview>("requestInterview", "interview",
            "Requests an interview of a candidate on an ACTIVE engagement. The candidate is found by e-mail within your organization, or created.", Roles.Staff,
            (ctx, input) => ctx.Service<InterviewService>().RequestAsync(InputIds.Decode(input.EngagementId, "Engagement", nameof(input.EngagementId)),
                Candidate(input.Candidate), ctx.CancellationToken));

        mutation.Mutation<InterviewType, UpdateCandidateInput, Interview>("updateCandidate", "interview", "Corrects the details of the interview's candidate (every interview of that person sees the change) and the interview's ATS application.", Roles.Staff,
            (ctx, input) => ctx.Service<InterviewService>().UpdateCandidateAsync(Id(input.InterviewId), Candidate(input.Candidate), ctx.CancellationToken));

        mutation.Mutation<InterviewType, ScheduleInterviewInput, Interview>("scheduleInterview", "interview",
            "Books (or rebooks) the interview with an accepted assignment: no double booking, within budget and weekly capacity.", Roles.Staff,
            (ctx, input) => ctx.Service<InterviewService>().ScheduleAsync(Id(input.InterviewId),
                InputIds.Decode(input.AssignmentId, "Assignment", nameof(input.AssignmentId)),
                input.ScheduledStart.UtcDateTime, input.ScheduledEnd.UtcDateTime, ctx.CancellationToken));

        mutation.Mutation<InterviewType, CompleteInterviewInput, Interview>("completeInterview", "interview", "Records that the interview took place.",
            Roles.StaffAndInterviewers,
            (ctx, input) => ctx.Service<InterviewService>().CompleteAsync(Id(input.InterviewId), ctx.CancellationToken));

        mutation.Mutation<InterviewType, MarkInterviewNoShowInput, Interview>("markInterviewNoShow", "interview",
            "Records that the candidate (or the interviewer) did not show.", Roles.StaffAndInterviewers,
            (ctx, input) => ctx.Service<InterviewService>().MarkNoShowAsync(Id(input.InterviewId), input.CandidateMissing, ctx.CancellationToken));

        mutation.Mutation<InterviewType, CancelInterviewInput, Interview>("cancelInterview", "interview", "Cancels a requested or scheduled interview.", Roles.Staff,
            (ctx, input) => ctx.Service<InterviewService>().CancelAsync(Id(input.InterviewId), input.Reason, ctx.CancellationToken));
    }

    private static Guid Id(string interviewId) => InputIds.Decode(interviewId, "Interview", nameof(CancelInterviewInput.InterviewId));

    private static CandidateDetails Candidate(CandidateInput c) => new(c.Name, c.Email, c.AtsCandidateId, c.AtsApplicationId);
}
