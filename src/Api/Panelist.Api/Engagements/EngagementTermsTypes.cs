using GraphQL.Types;
using Panelist.Api.Skills;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public sealed class PricingType : ObjectGraphType<Pricing>
{
    public PricingType()
    {
        Name = "Pricing";
        Field(p => p.Model, type: typeof(NonNullGraphType<PricingModelType>));
        Field(p => p.Currency).Description("ISO 4217.");
        Field(p => p.BudgetCap).Description("Scheduling never silently exceeds it (BUDGET_EXCEEDED).");
    }
}

public sealed class ServiceLevelType : ObjectGraphType<ServiceLevel>
{
    public ServiceLevelType()
    {
        Name = "ServiceLevel";
        Field(s => s.ScheduleWithinDays);
        Field(s => s.FeedbackWithinHours);
    }
}

public sealed class RequiredSkillType : ObjectGraphType<EngagementSkill>
{
    public RequiredSkillType()
    {
        Name = "RequiredSkill";
        Field<NonNullGraphType<SkillType>>("skill").Resolve(ctx => SkillLoaders.Skill(ctx, ctx.Source.SkillId));
        Field(s => s.MinLevel);
    }
}

public sealed class PricingInputType : InputObjectGraphType
{
    public PricingInputType()
    {
        Name = "PricingInput";
        Field<NonNullGraphType<PricingModelType>>("model");
        Field<NonNullGraphType<StringGraphType>>("currency");
        Field<NonNullGraphType<DecimalGraphType>>("budgetCap");
    }
}

public sealed class ServiceLevelInputType : InputObjectGraphType
{
    public ServiceLevelInputType()
    {
        Name = "ServiceLevelInput";
        Field<NonNullGraphType<IntGraphType>>("scheduleWithinDays");
        Field<NonNullGraphType<IntGraphType>>("feedbackWithinHours");
    }
}

public sealed class RequiredSkillInputType : InputObjectGraphType
{
    public RequiredSkillInputType()
    {
        Name = "RequiredSkillInput";
        Field<NonNullGraphType<IdGraphType>>("skillId");
        Field<NonNullGraphType<IntGraphType>>("minLevel");
    }
}
