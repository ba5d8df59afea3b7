namespace Panelist.Domain.Engagements;

/// <summary>The editable terms of an engagement, as entered by the client.</summary>
public sealed record EngagementDetails(
    string Title,
    string? Brief,
    string? AtsJobId,
    Pricing Pricing,
    ServiceLevel ServiceLevel,
    int WeeklyCapacity,
    DateTime StartsAt,
    DateTime? EndsAt,
    IReadOnlyList<string> RequiredLanguages,
    IReadOnlyList<RequiredSkill> RequiredSkills);
