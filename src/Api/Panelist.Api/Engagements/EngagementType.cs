using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviews;
using Panelist.Api.Organizations;
using Panelist.Api.Rubrics;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;

namespace Panelist.Api.Engagements;

/// <summary>A client's hiring need: brief, terms, pinned rubric version, interviewers and interviews.</summary>
public sealed class EngagementType : ObjectGraphType<Engagement>
{
    public EngagementType()
    {
        Name = "Engagement";
        Description = "A client's hiring need served by freelance interviewers.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(e => e.Title);
        Field(e => e.Brief);
        Field(e => e.AtsJobId, nullable: true).Description("The job (requisition) id in the client's ATS.");
        Field(e => e.AtsStageId, nullable: true).Description(EngagementAtsFields.StageId);
        Field(e => e.AtsInterviewTypeId, nullable: true).Description(EngagementAtsFields.InterviewTypeId);
        Field(e => e.AtsHiringPlanInterviewId, nullable: true).Description(EngagementAtsFields.HiringPlanInterviewId);
        Field(e => e.Status, type: typeof(NonNullGraphType<EngagementStatusType>));
        Field<NonNullGraphType<PricingType>>("pricing").Resolve(ctx => ctx.Source.Pricing);
        Field<EngagementBudgetType>("budget")
            .Description("Cap, committed and remaining budget; for client-side roles (an interviewer sees only their own interviews).")
            .AllowRoles(Roles.Organization)
            .Resolve(ctx =>
            {
                var committed = EngagementLoaders.Committed(ctx, ctx.Source.Id);
                var pricing = ctx.Source.Pricing;
                return new LazyResult<EngagementBudget>(async ct => new EngagementBudget(pricing.BudgetCap, await committed.GetResultAsync(ct), pricing.Currency));
            });
        Field<NonNullGraphType<ServiceLevelType>>("serviceLevel").Resolve(ctx => ctx.Source.ServiceLevel);
        Field(e => e.WeeklyCapacity).Description("The most interviews that may start within one ISO week.");
        Field<InterviewingHoursType>("interviewingHours").Description("When interviews are held; null when not set.").Resolve(ctx => ctx.Source.InterviewingHours);
        Field(e => e.StartsAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(e => e.EndsAt, type: typeof(DateTimeGraphType));
        Field(e => e.ClosedAt, type: typeof(DateTimeGraphType));
        Field(e => e.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("requiredLanguages").Resolve(ctx => ctx.Source.RequiredLanguages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequiredSkillType>>>>("requiredSkills").Resolve(ctx => EngagementLoaders.RequiredSkills(ctx, ctx.Source.Id));
        Field<NonNullGraphType<RubricVersionType>>("rubricVersion").Description("The pinned rubric version every scorecard uses.")
            .Resolve(ctx => RubricLoaders.Version(ctx, ctx.Source.RubricVersionId));
        Field<OrganizationType>("organization").Resolve(ctx => OrganizationLoaders.Organization(ctx, ctx.Source.OrganizationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssignmentType>>>>("assignments")
            .Resolve(ctx => EngagementLoaders.Assignments(ctx, ctx.Source.Id));
        var interviews = Field<NonNullGraphType<ConnectionGraphType<InterviewType, Interview>>>("interviews")
            .Description("This engagement's interviews, newest request first.")
            .Argument<InterviewStatusType>("status", "Only interviews in this status.")
            .AllowRoles(Roles.Everyone);
        ConnectionArguments.AddTo(interviews);
        interviews.Resolve(ctx => InterviewLoaders.ForEngagement(ctx, ctx.Source.Id, ConnectionArguments.From(ctx), ctx.GetArgument<InterviewStatus?>("status")));
    }
}
