using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Engagements;

/// <summary>An engagement's terms; <see cref="EditEngagementInput"/> has the same.</summary>
public sealed record CreateEngagementInput([property: Id] string RubricVersionId, string Title, string? Brief, string? AtsJobId,
    [property: Description(EngagementAtsFields.StageId)] string? AtsStageId,
    [property: Description(EngagementAtsFields.InterviewTypeId)] string? AtsInterviewTypeId,
    [property: Description(EngagementAtsFields.HiringPlanInterviewId)] string? AtsHiringPlanInterviewId,
    PricingInput Pricing, ServiceLevelInput ServiceLevel, int WeeklyCapacity,
    DateTimeOffset StartsAt, DateTimeOffset? EndsAt, [property: Description("ISO 639-1 codes.")] IReadOnlyList<string>? RequiredLanguages,
    IReadOnlyList<RequiredSkillInput>? RequiredSkills,
    [property: Description("When interviews are held, for matching; omitted: none.")] InterviewingHoursInput? InterviewingHours = null);
