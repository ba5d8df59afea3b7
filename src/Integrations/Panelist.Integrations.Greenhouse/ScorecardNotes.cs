using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Greenhouse;

/// <summary>
/// A submitted or amended scorecard as a note on the candidate's activity feed: Greenhouse has no endpoint that writes
/// scorecards. Notes cannot be updated either, so an amendment is a new note. Greenhouse has no idempotency key: the store
/// says "pending" before the POST, and a later attempt that finds "pending" looks for the note's marker in the candidate's
/// notes before posting again, so a crash between the POST and its answer creates no second note.
/// </summary>
internal static class ScorecardNotes
{
    private const string Pending = "pending";

    public static string Marker(Guid eventId) => $"[panelist:{eventId:N}]";

    public static async Task<DeliveryResult> AddAsync(HarvestClient client, ConnectorContext context, ScorecardEvent scorecard, CancellationToken cancellationToken)
    {
        if (scorecard.Ats.CandidateId is not { Length: > 0 } candidate)
        {
            return new Rejected("CANDIDATE_ID_MISSING", "The engagement has no Greenhouse candidate id, which a note needs; enter it and retry the delivery.");
        }

        var key = $"scorecard-note:{scorecard.EventId:N}";
        var store = context.Store;
        switch (store is null ? null : await store.GetAsync(key, cancellationToken))
        {
            case Pending:
                var listed = await client.SendAsync(HttpMethod.Get, client.Paths.ListNotes(candidate), null, cancellationToken);
                if (!listed.IsSuccess)
                {
                    return GreenhouseErrors.ToResult(listed, "CANDIDATE_NOT_FOUND");
                }

                var earlier = listed.Items("notes", "data")
                    .Where(n => n.TryGetProperty("body", out var b) && b.ValueKind == JsonValueKind.String && b.GetString()!.Contains(Marker(scorecard.EventId), StringComparison.Ordinal))
                    .Select(HarvestAnswer.IdOf)
                    .FirstOrDefault(id => id is not null);
                if (earlier is not null)
                {
                    await store!.SetAsync(key, earlier, cancellationToken);
                    return new Delivered(earlier);
                }

                break;
            case { } noteId:
                return new Delivered(noteId);
        }

        var body = new JsonObject
        {
            ["user_id"] = long.Parse(client.ActingUserId, NumberStyles.None, CultureInfo.InvariantCulture),
            ["body"] = Text(scorecard),
            ["visibility"] = GreenhouseSettings.Value(context.Settings, GreenhouseSettings.NoteVisibility) ?? "private",
        };
        if (client.Paths.IsV3)
        {
            body["candidate_id"] = long.TryParse(candidate, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(candidate);
        }

        if (store is not null)
        {
            await store.SetAsync(key, Pending, cancellationToken);
        }

        var created = await client.SendAsync(HttpMethod.Post, client.Paths.AddNote(candidate), body, cancellationToken);
        if (!created.IsSuccess)
        {
            return GreenhouseErrors.ToResult(created, "CANDIDATE_NOT_FOUND");
        }

        var id = created.Id();
        if (store is not null && id is not null)
        {
            await store.SetAsync(key, id, cancellationToken);
        }

        return new Delivered(id);
    }

    /// <summary>The note: the rubric's ratings with their evidence, the recommendation and the summary, then the marker.</summary>
    public static string Text(ScorecardEvent scorecard)
    {
        var text = new StringBuilder();
        var what = scorecard is ScorecardAmended ? $"Panelist scorecard, amended (revision {scorecard.Revision})" : "Panelist scorecard";
        var about = string.Join(", ", new[] { scorecard.EngagementTitle, scorecard.RubricName }.Where(s => !string.IsNullOrWhiteSpace(s)));
        text.Append(what).Append(about.Length > 0 ? $": {about}" : "").Append('\n');
        if (scorecard is ScorecardAmended amended)
        {
            text.Append("Amended because: ").Append(amended.AmendmentReason).Append('\n');
        }

        if (!string.IsNullOrWhiteSpace(scorecard.InterviewerName))
        {
            text.Append("Interviewer: ").Append(scorecard.InterviewerName).Append('\n');
        }

        text.Append("Recommendation: ").Append(Recommendation(scorecard.Recommendation)).Append('\n');
        if (scorecard.WeightedScore is { } score)
        {
            text.Append(CultureInfo.InvariantCulture, $"Weighted score: {score:0.##} / 4");
            text.Append(scorecard.Passed switch { true => " (passes the rubric's mark)", false => " (below the rubric's mark)", null => "" }).Append('\n');
        }

        text.Append("\nRatings (1 weakest, 4 strongest):\n");
        foreach (var rating in scorecard.Ratings)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {rating.CriterionTitle}: {rating.Rating}/4");
            text.Append(string.IsNullOrWhiteSpace(rating.Evidence) ? "" : $". Evidence: {rating.Evidence.Trim()}").Append('\n');
        }

        text.Append("\nSummary: ").Append(scorecard.Summary.Trim()).Append("\n\n").Append(Marker(scorecard.EventId));
        return text.ToString();
    }

    /// <summary>In Greenhouse's own scorecard words, so recruiters read it as they read their scorecards.</summary>
    private static string Recommendation(Recommendation recommendation) => recommendation switch
    {
        Plugins.Sdk.Events.Recommendation.StrongNo => "Definitely not",
        Plugins.Sdk.Events.Recommendation.No => "No",
        Plugins.Sdk.Events.Recommendation.Yes => "Yes",
        Plugins.Sdk.Events.Recommendation.StrongYes => "Strong yes",
        _ => "No decision",
    };
}
