using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public sealed class AssignmentType : ObjectGraphType<Assignment>
{
    public AssignmentType()
    {
        Name = "Assignment";
        Description = "An interviewer's place on an engagement, at an agreed rate.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(a => a.Status, type: typeof(NonNullGraphType<AssignmentStatusType>));
        Field(a => a.AgreedRate).Description("Per interview or per hour, as the engagement's pricing model says.");
        Field(a => a.Currency);
        Field(a => a.RateOverridden).Description("True when an admin agreed a rate above the interviewer's card.");
        Field(a => a.RequirementsOverrideReason, nullable: true)
            .Description("Why a client admin invited the interviewer although they miss required skills or languages (audited); null when none was waived.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("overriddenRequirements")
            .Description("The requirements the override waived, as \"CODE: detail\".").Resolve(ctx => ctx.Source.OverriddenRequirements);
        Field(a => a.InvitedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(a => a.RespondedAt, type: typeof(DateTimeGraphType));
        Field(a => a.BriefingAcknowledgedAt, type: typeof(DateTimeGraphType));
        Field(a => a.RemovedAt, type: typeof(DateTimeGraphType));
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId));
        Field<NonNullGraphType<EngagementType>>("engagement").Resolve(ctx => EngagementLoaders.Engagement(ctx, ctx.Source.EngagementId));
    }
}
