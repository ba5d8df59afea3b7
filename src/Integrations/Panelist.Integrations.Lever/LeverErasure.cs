using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Lever;

/// <summary>
/// An erased candidate at Lever. Lever documents no endpoint that deletes or anonymizes a candidate or an opportunity
/// (ats-apis.md §2 lists only deletes of notes, feedback, panels and interviews), so the connector sends nothing and
/// answers a manual step naming the profile a Lever admin must delete.
/// </summary>
internal static class LeverErasure
{
    public static Delivered Answer(IReadOnlyDictionary<string, string> settings, CandidateErased erased)
    {
        // The erasure names the person only: Panelist's candidate carries the ATS candidate id, never an application id.
        var reference = LeverSettings.Get(settings, LeverSettings.OpportunityReference) == LeverSettings.FromCandidate ? "opportunity" : "candidate (contact)";
        var id = erased.Ats.CandidateId?.Trim();
        var step = string.IsNullOrEmpty(id)
            ? "Panelist holds no Lever id for this candidate, so it cannot name the profile. A Lever Super Admin must find the candidate in Lever and delete the profile."
            : $"Lever's API offers no way to delete or anonymize a candidate. A Lever Super Admin must open the profile of Lever {reference} {id} "
                + "and delete the candidate there, with all of their opportunities.";
        return new Delivered(string.IsNullOrEmpty(id) ? null : id) { ManualStepRequired = step };
    }
}
