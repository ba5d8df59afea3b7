namespace Panelist.Integrations.Greenhouse;

/// <summary>
/// Where each operation lives, per API version. The v1/v2 paths are Greenhouse's documented ones (scheduled interviews are
/// created and updated under /v2, listed and deleted under /v1); the v3 ones come from settings, as the reference leaves
/// them unconfirmed.
/// </summary>
internal sealed record HarvestPaths(bool IsV3, string ScheduledInterviews, string CreateInterview, string DeleteInterviewPrefix, string Notes)
{
    public static HarvestPaths From(IReadOnlyDictionary<string, string> settings)
    {
        if (GreenhouseSettings.Value(settings, GreenhouseSettings.ApiVersion) == GreenhouseSettings.HarvestV3)
        {
            var interviews = (GreenhouseSettings.Value(settings, GreenhouseSettings.V3ScheduledInterviewsPath) ?? "v3/scheduled_interviews").TrimEnd('/');
            var notes = (GreenhouseSettings.Value(settings, GreenhouseSettings.V3NotesPath) ?? "v3/notes").TrimEnd('/');
            return new HarvestPaths(true, interviews, interviews, interviews, notes);
        }

        return new HarvestPaths(false, "v1/scheduled_interviews", "v2/scheduled_interviews", "v1/scheduled_interviews", "v1/candidates/{candidateId}/activity_feed/notes");
    }

    public string Lookup(string externalEventId) => $"{ScheduledInterviews}?external_event_id={Uri.EscapeDataString(externalEventId)}";

    public string Update(string id) => $"{CreateInterview}/{Uri.EscapeDataString(id)}";

    public string Delete(string id) => $"{DeleteInterviewPrefix}/{Uri.EscapeDataString(id)}";

    public string Check => $"{ScheduledInterviews}?per_page=1";

    /// <summary>Where a candidate's note is posted: v1 names the candidate in the path, v3 (unconfirmed) in the body.</summary>
    public string AddNote(string candidateId) => IsV3 ? Notes : Notes.Replace("{candidateId}", Uri.EscapeDataString(candidateId), StringComparison.Ordinal);

    /// <summary>Where a candidate's notes are listed: v1's activity feed, v3's notes filtered by candidate.</summary>
    public string ListNotes(string candidateId) => IsV3
        ? $"{Notes}?candidate_ids={Uri.EscapeDataString(candidateId)}"
        : $"v1/candidates/{Uri.EscapeDataString(candidateId)}/activity_feed";
}
