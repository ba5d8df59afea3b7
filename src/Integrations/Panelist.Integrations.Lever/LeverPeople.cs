using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Lever;

/// <summary>Who is who at Lever: the opportunity an event is about, and the Lever user a client admin mapped an interviewer to.</summary>
internal static class LeverPeople
{
    /// <summary>The Lever opportunity id from the engagement's ATS references, per the installation's setting, or null.</summary>
    public static string? Opportunity(IReadOnlyDictionary<string, string> settings, AtsReferences ats)
    {
        var fromCandidate = LeverSettings.Get(settings, LeverSettings.OpportunityReference) == LeverSettings.FromCandidate;
        var id = fromCandidate ? ats.CandidateId : ats.ApplicationId;
        return string.IsNullOrWhiteSpace(id) ? null : id.Trim();
    }

    /// <summary>
    /// The interviewer's mapped Lever user id, or null. Lever names people only as users, so a relay address (which the
    /// directory may offer for other vendors) is of no use here, and no e-mail of ours ever reaches a connector.
    /// </summary>
    public static async Task<string?> InterviewerUserAsync(ConnectorContext context, Guid? interviewerId, CancellationToken cancellationToken) =>
        interviewerId is { } id && context.Interviewers is { } directory && await directory.FindAsync(id, cancellationToken) is { UserId: { Length: > 0 } user }
            ? user
            : null;
}
