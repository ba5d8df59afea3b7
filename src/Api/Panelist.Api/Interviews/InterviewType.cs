using GraphQL.Types;
using Panelist.Api.GraphQL.Projection;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.Engagements;
using Panelist.Api.GraphQL;
using Panelist.Api.Candidates;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Api.Scorecards;
using Panelist.Domain.Interviews;

namespace Panelist.Api.Interviews;

public sealed class InterviewType : ObjectGraphType<Interview>
{
    public InterviewType()
    {
        Name = "Interview";
        Description = "One interview of one candidate, from request to outcome.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id)).Reads("Id");
        Field(i => i.Status, type: typeof(NonNullGraphType<InterviewStatusType>));
        Field(i => i.RequestedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(i => i.ScheduledAt, type: typeof(DateTimeGraphType)).Description("When it was first booked; a reschedule keeps it.");
        Field(i => i.ScheduledStart, type: typeof(DateTimeGraphType)).Description("UTC; show it in the interviewer's timeZone.");
        Field(i => i.ScheduledEnd, type: typeof(DateTimeGraphType));
        Field(i => i.CompletedAt, type: typeof(DateTimeGraphType));
        Field(i => i.CancelledAt, type: typeof(DateTimeGraphType));
        Field(i => i.CancellationReason, nullable: true);
        Field(i => i.SchedulingDueAt, type: typeof(DateTimeGraphType)).Description("Scheduling SLA: to be booked by then (requestedAt + scheduleWithinDays).");
        Field(i => i.SchedulingBreachedAt, type: typeof(DateTimeGraphType)).Description("When the SLA job escalated the interview as still unscheduled.");
        Field(i => i.ScorecardDueAt, type: typeof(DateTimeGraphType)).Description("Scorecard SLA: to be submitted by then (scheduledEnd + feedbackWithinHours).");
        Field(i => i.ScorecardBreachedAt, type: typeof(DateTimeGraphType)).Description("When the SLA job escalated the scorecard as late.");
        Field(i => i.JoinUrl, nullable: true).Description("How the candidate joins; shown on the candidate page.");
        Field(i => i.CandidateTimeZone, nullable: true).Description("IANA zone the candidate page shows times in.");
        Field(i => i.CandidateLanguage, nullable: true).Description("ISO 639-1 language of the candidate page (en and de have templates).");
        Field<ListGraphType<NonNullGraphType<CandidatePages.RescheduleRequestType>>>("rescheduleRequests")
            .Description("The candidate's requests to move the interview, oldest first (at most 5). Staff and auditors only: the message is the candidate's own.")
            .AllowRoles(Roles.PersonalData)
            .Resolve(ctx => ctx.Loaders().Grouped<Guid, RescheduleRequest>("interview.rescheduleRequests", async (ids, ct) =>
                (await ctx.Db().RescheduleRequests.AsNoTracking().Where(r => ids.Contains(r.InterviewId)).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
                    .ToListAsync(ct)).ToLookup(r => r.InterviewId)).Load(ctx.Source.Id))
            .Reads("Id");
        Field(i => i.Cost).Description("From the agreed rate and duration; zero when cancelled or the interviewer did not show.");
        Field(i => i.Currency);
        Field<CandidateType>("candidate")
            .AllowRoles(Roles.StaffAndInterviewers.Append(Domain.Common.Role.Auditor).ToArray())
            .Resolve(ctx => ctx.Source.CandidateId is { } id ? CandidateLoaders.Candidate(ctx, id) : null)
            .Reads("CandidateId");
        Field(i => i.AtsApplicationId, nullable: true).Description("The ATS application (the candidate's application to the job) this interview belongs to.")
            .AllowRoles(Roles.PersonalData);
        Field<NonNullGraphType<EngagementType>>("engagement").Resolve(ctx => EngagementLoaders.Engagement(ctx, ctx.Source.EngagementId)).Reads("EngagementId");
        Field<AssignmentType>("assignment").Resolve(ctx => ctx.Source.AssignmentId is { } id ? EngagementLoaders.Assignment(ctx, id) : null).Reads("AssignmentId");
        Field<InterviewerType>("interviewer").Resolve(ctx => ctx.Source.InterviewerId is { } id ? InterviewerLoaders.Interviewer(ctx, id) : null).Reads("InterviewerId");
        Field<ScorecardType>("scorecard").AllowRoles(Roles.Evaluations)
            .Resolve(ctx => ScorecardLoaders.ForInterview(ctx, ctx.Source.Id)).Reads("Id");
        Field<CandidateFeedbackType>("candidateFeedback").AllowRoles(Roles.Organization)
            .Resolve(ctx => ScorecardLoaders.FeedbackForInterview(ctx, ctx.Source.Id)).Reads("Id");
    }
}
