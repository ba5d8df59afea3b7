namespace Panelist.Plugins.Tests.EndToEnd;

/// <summary>What a client admin enters for one vendor: the connector, its settings (secrets among them), and the ATS ids of the job and the candidate.</summary>
/// <param name="ConnectorId">The plugin id: greenhouse, lever or workday.</param>
/// <param name="Settings">Every setting the install mutation sends, secrets included (the connector's schema says which are secret).</param>
/// <param name="Events">The event wire names the installation subscribes to.</param>
/// <param name="Job">The engagement's atsJobId, atsStageId, atsInterviewTypeId and atsHiringPlanInterviewId.</param>
/// <param name="Candidate">The candidate's atsCandidateId and atsApplicationId.</param>
/// <param name="InterviewerUser">The vendor user the interviewer is mapped to; null for no mapping.</param>
internal sealed record VendorSetup(
    string ConnectorId,
    IReadOnlyList<(string Name, string Value)> Settings,
    IReadOnlyList<string> Events,
    (string? JobId, string? StageId, string? InterviewTypeId, string? HiringPlanInterviewId) Job,
    (string CandidateId, string ApplicationId) Candidate,
    string? InterviewerUser)
{
    public static readonly string[] InterviewAndScorecardEvents =
        ["interview.scheduled", "interview.rescheduled", "interview.cancelled", "scorecard.submitted"];
}
