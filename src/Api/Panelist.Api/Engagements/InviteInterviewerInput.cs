using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record InviteInterviewerInput([property: Id] string EngagementId, [property: Id] string InterviewerId,
    [property: Description("Defaults to the interviewer's card rate for the engagement's pricing model.")] decimal? AgreedRate,
    [property: Description("Client admins only: invites although the interviewer misses a required skill or language (MISSING_REQUIRED_SKILL / "
        + "MISSING_REQUIRED_LANGUAGE otherwise); the reason is audited and kept on the assignment.")] string? RequirementsOverrideReason = null);
