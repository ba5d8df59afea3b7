using System.ComponentModel;

namespace Panelist.Api.Quality;

public sealed record SetAuditSamplingPolicyInput(
    [property: Description("True sets the platform default (platform admins only); otherwise the caller's organization's policy.")] bool? PlatformDefault,
    [property: Description("Share (0–1) of each interviewer's completed interviews drawn.")] decimal BaseShare,
    [property: Description("Share for an interviewer with fewer than newInterviewerThreshold completed interviews on the platform.")] decimal NewInterviewerShare,
    int NewInterviewerThreshold,
    [property: Description("Share for an interviewer whose latest audit here failed.")] decimal FlaggedShare);
