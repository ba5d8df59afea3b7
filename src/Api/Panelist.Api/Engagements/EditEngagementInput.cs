using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record EditEngagementInput([property: Id] string EngagementId, string Title, string? Brief, string? AtsJobId,
    [property: Description(EngagementAtsFields.StageId)] string? AtsStageId,
    [property: Description(EngagementAtsFields.InterviewTypeId)] string? AtsInterviewTypeId,
    [property: Description(EngagementAtsFields.HiringPlanInterviewId)] string? AtsHiringPlanInterviewId,
    PricingInput Pricing, ServiceLevelInput ServiceLevel, int WeeklyCapacity,
    DateTimeOffset StartsAt, DateTimeOffset? EndsAt, [property: Description("ISO 639-1 codes.")] IReadOnlyList<string>? RequiredLanguages,
    IReadOnlyList<RequiredSkillInput>? RequiredSkills,
    [property: Description("true lowers the budget cap below what is already committed (BUDGET_EXCEEDED otherwise); the override is audited."), DefaultValue(false)]
    bool? AcknowledgeOverCommitment,
    [property: Description("When interviews are held, for matching; omitted: none.")] InterviewingHoursInput? InterviewingHours = null);
