using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Engagements;

public sealed record InviteInterviewerInput([property: Id] string EngagementId, [property: Id] string InterviewerId,
    [property: Description("Defaults to the interviewer's card rate for the engagement's pricing model.")] decimal? AgreedRate);
