namespace Panelist.Domain.Engagements;

/// <summary>
/// The editable terms of an engagement, as entered by the client. The ATS stage references come last and are optional,
/// so terms written before they existed still read the same.
/// </summary>
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
    IReadOnlyList<RequiredSkill> RequiredSkills,
    string? AtsStageId = null,
    string? AtsInterviewTypeId = null,
    string? AtsHiringPlanInterviewId = null,
    InterviewingHours? InterviewingHours = null);
