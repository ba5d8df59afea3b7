using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Lever;

/// <summary>
/// Notes on the opportunity: the scorecard's summary, ratings and recommendation, an interview's outcome, an
/// engagement's close. Lever has no idempotency key, so a note once created is marked in the store under the event
/// id and a redelivery of the same event does not add it again.
/// </summary>
internal sealed class LeverNotes(ConnectorContext context, LeverClient lever)
{
    public static string Key(Guid eventId) => $"note:{eventId:N}";

    public async Task<(string? NoteId, DeliveryResult? Failure)> AddAsync(string opportunity, IntegrationEvent integrationEvent, string text, CancellationToken cancellationToken)
    {
        if (context.Store is { } store && await store.GetAsync(Key(integrationEvent.EventId), cancellationToken) is { } existing)
        {
            return (existing, null);
        }

        var body = new JsonObject { ["value"] = text, ["secret"] = false };
        var answer = await lever.WriteAsync(HttpMethod.Post, $"opportunities/{LeverClient.Escape(opportunity)}/notes", body, lever.ActingUser, cancellationToken);
        if (answer.Failure is { } failure)
        {
            return (null, failure);
        }

        var id = answer.Id ?? "";
        if (context.Store is { } writable)
        {
            await writable.SetAsync(Key(integrationEvent.EventId), id, cancellationToken);
        }

        return (id, null);
    }

    public static string Scorecard(ScorecardEvent scorecard)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Panelist scorecard{(scorecard is ScorecardAmended ? " (amended)" : "")}: {scorecard.EngagementTitle ?? "interview"}");
        if (scorecard.InterviewerName is { Length: > 0 } interviewer)
        {
            text.Append(CultureInfo.InvariantCulture, $" with {interviewer}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Recommendation: {scorecard.Recommendation}");
        if (scorecard.WeightedScore is { } score)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Weighted score: {score:0.##}{(scorecard.Passed is { } passed ? passed ? " (passed)" : " (not passed)" : "")}");
        }

        if (scorecard.RubricName is { Length: > 0 } rubric)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Rubric: {rubric}");
        }

        foreach (var rating in scorecard.Ratings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {rating.CriterionTitle}: {rating.Rating}{(rating.Evidence.Length > 0 ? $" — {rating.Evidence}" : "")}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Summary: {scorecard.Summary}");
        if (scorecard is ScorecardAmended amended)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Amended (revision {amended.Revision}): {amended.AmendmentReason}");
        }

        return text.ToString().TrimEnd();
    }

    public static string Completed(InterviewCompleted completed) => completed.Outcome switch
    {
        InterviewOutcome.Completed => $"Panelist: the interview for {completed.EngagementTitle ?? "this opportunity"} took place ({completed.ScheduledStart:u}).",
        InterviewOutcome.CandidateNoShow => $"Panelist: the candidate did not attend the interview for {completed.EngagementTitle ?? "this opportunity"} ({completed.ScheduledStart:u}).",
        _ => $"Panelist: the interviewer did not attend the interview for {completed.EngagementTitle ?? "this opportunity"} ({completed.ScheduledStart:u}); it will be rescheduled.",
    };

    public static string Closed(EngagementClosed closed) =>
        $"Panelist: the engagement {closed.EngagementTitle} is closed after {closed.CompletedInterviews} completed interview(s).";
}
