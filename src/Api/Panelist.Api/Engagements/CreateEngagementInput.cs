using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Engagements;

/// <summary>An engagement's terms; <see cref="EditEngagementInput"/> has the same.</summary>
public sealed record CreateEngagementInput([property: Id] string RubricVersionId, string Title, string? Brief, string? AtsJobId, PricingInput Pricing, ServiceLevelInput ServiceLevel, int WeeklyCapacity,
    DateTimeOffset StartsAt, DateTimeOffset? EndsAt, [property: Description("ISO 639-1 codes.")] IReadOnlyList<string>? RequiredLanguages,
    IReadOnlyList<RequiredSkillInput>? RequiredSkills);
