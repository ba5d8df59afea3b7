using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public static class EngagementMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<EngagementType, Engagement>("createEngagement", "engagement", "Creates a draft engagement pinned to a published rubric version.", Roles.Staff,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("rubricVersionId");
                Details(i);
            },
            (ctx, input) => ctx.Service<EngagementService>().CreateAsync(input.Id("rubricVersionId", "RubricVersion"), ReadDetails(input), ctx.CancellationToken));

        mutation.Mutation<EngagementType, Engagement>("editEngagement", "engagement", "Replaces the editable terms of an engagement that is not closed.", Roles.Staff,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("engagementId");
                Details(i);
            },
            (ctx, input) => ctx.Service<EngagementService>().EditAsync(Id(input), ReadDetails(input), ctx.CancellationToken));

        mutation.Mutation<EngagementType, Engagement>("pinRubricVersion", "engagement", "Pins another published rubric version (drafts only).", Roles.Staff,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("engagementId");
                i.Field<NonNullGraphType<IdGraphType>>("rubricVersionId");
            },
            (ctx, input) => ctx.Service<EngagementService>().PinRubricVersionAsync(Id(input), input.Id("rubricVersionId", "RubricVersion"), ctx.CancellationToken));

        Transition(mutation, "openEngagement", "DRAFT → OPEN.", (s, id, ct) => s.OpenAsync(id, ct));
        Transition(mutation, "activateEngagement", "OPEN → ACTIVE: interviews can be requested.", (s, id, ct) => s.ActivateAsync(id, ct));
        Transition(mutation, "pauseEngagement", "ACTIVE → PAUSED.", (s, id, ct) => s.PauseAsync(id, ct));
        Transition(mutation, "resumeEngagement", "PAUSED → ACTIVE.", (s, id, ct) => s.ResumeAsync(id, ct));

        mutation.Mutation<EngagementType, Engagement>("closeEngagement", "engagement", "Closes the engagement and cancels its interviews still to come.", Roles.Staff,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("engagementId");
                i.Field<StringGraphType>("reason");
            },
            (ctx, input) => ctx.Service<EngagementService>().CloseAsync(Id(input), input.Get<string>("reason"), ctx.CancellationToken));
    }

    private static void Transition(ObjectGraphType mutation, string name, string description,
        Func<EngagementService, Guid, CancellationToken, Task<Domain.Common.Result<Engagement>>> run) =>
        mutation.Mutation<EngagementType, Engagement>(name, "engagement", description, Roles.Staff,
            i => i.Field<NonNullGraphType<IdGraphType>>("engagementId"),
            (ctx, input) => run(ctx.Service<EngagementService>(), Id(input), ctx.CancellationToken));

    private static Guid Id(MutationInput input) => input.Id("engagementId", "Engagement");

    private static void Details(InputObjectGraphType i)
    {
        i.Field<NonNullGraphType<StringGraphType>>("title");
        i.Field<StringGraphType>("brief");
        i.Field<StringGraphType>("atsJobId");
        i.Field<NonNullGraphType<PricingInputType>>("pricing");
        i.Field<NonNullGraphType<ServiceLevelInputType>>("serviceLevel");
        i.Field<NonNullGraphType<IntGraphType>>("weeklyCapacity");
        i.Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt");
        i.Field<DateTimeOffsetGraphType>("endsAt");
        i.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("requiredLanguages").Description("ISO 639-1 codes.");
        i.Field<ListGraphType<NonNullGraphType<RequiredSkillInputType>>>("requiredSkills");
    }

    private static EngagementDetails ReadDetails(MutationInput input)
    {
        var pricing = new MutationInput(input.Required<IDictionary<string, object?>>("pricing"));
        var sla = new MutationInput(input.Required<IDictionary<string, object?>>("serviceLevel"));
        return new EngagementDetails(
            input.Required<string>("title"),
            input.Get<string>("brief"),
            input.Get<string>("atsJobId"),
            new Pricing(pricing.Required<PricingModel>("model"), pricing.Required<string>("currency"), pricing.Required<decimal>("budgetCap")),
            new ServiceLevel(sla.Required<int>("scheduleWithinDays"), sla.Required<int>("feedbackWithinHours")),
            input.Required<int>("weeklyCapacity"),
            input.Instant("startsAt"),
            input.OptionalInstant("endsAt"),
            input.Values<string>("requiredLanguages"),
            [.. input.List("requiredSkills").Select(s => new RequiredSkill(s.Id("skillId", "Skill"), s.Required<int>("minLevel")))]);
    }
}
