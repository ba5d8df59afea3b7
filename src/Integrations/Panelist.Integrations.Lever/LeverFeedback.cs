using System.Text.Json.Nodes;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Lever;

/// <summary>
/// A scorecard as a Lever feedback form of the configured template: created for <c>scorecard.submitted</c> (with the
/// interview's panel when the connector scheduled it) and its id kept in the store per scorecard, then updated with
/// <c>PUT …/feedback/{id}</c> for <c>scorecard.amended</c>. Written as the mapped interviewer, else the acting user.
/// </summary>
internal sealed class LeverFeedback(ConnectorContext context, LeverClient lever, LeverPanels panels)
{
    public static string Key(Guid scorecardId) => $"feedback:{scorecardId:N}";

    public async Task<(string? FeedbackId, DeliveryResult? Failure)> WriteAsync(string opportunity, ScorecardEvent scorecard, string templateId, FieldMapping mapping,
        CancellationToken cancellationToken)
    {
        var store = context.Store;
        var stored = store is null ? null : await store.GetAsync(Key(scorecard.ScorecardId), cancellationToken);
        if (stored is not null && scorecard is ScorecardSubmitted)
        {
            // A redelivery of the submission that already created the form.
            return (stored, null);
        }

        var author = await AuthorAsync(scorecard, cancellationToken);
        var fieldValues = mapping.FieldValues(scorecard, LeverSettings.Get(context.Settings, LeverSettings.RatingValueFormat) == LeverSettings.RatingText);
        var feedbackPath = $"opportunities/{LeverClient.Escape(opportunity)}/feedback";
        if (stored is not null)
        {
            var update = await lever.WriteAsync(HttpMethod.Put, $"{feedbackPath}/{LeverClient.Escape(stored)}", new JsonObject { ["fieldValues"] = fieldValues },
                author, cancellationToken);
            if (update.Status != 404)
            {
                return (stored, update.Failure);
            }

            // The form was deleted at Lever: the amendment creates a new one.
            await store!.RemoveAsync(Key(scorecard.ScorecardId), cancellationToken);
        }

        var body = new JsonObject { ["baseTemplateId"] = templateId, ["fieldValues"] = fieldValues.DeepClone() };
        if (await panels.StoredAsync(scorecard.InterviewId, cancellationToken) is { InterviewId: { } interviewId } panel)
        {
            // Lever takes panel and interview only together.
            body["panel"] = panel.PanelId;
            body["interview"] = interviewId;
        }

        var created = await lever.WriteAsync(HttpMethod.Post, feedbackPath, body, author, cancellationToken);
        if (created.Failure is { } failure)
        {
            return (null, failure);
        }

        var id = created.Id ?? throw new InvalidOperationException("Lever created a feedback form without an id.");
        if (store is not null)
        {
            await store.SetAsync(Key(scorecard.ScorecardId), id, cancellationToken);
        }

        return (id, null);
    }

    private async Task<string> AuthorAsync(ScorecardEvent scorecard, CancellationToken cancellationToken) =>
        LeverSettings.Get(context.Settings, LeverSettings.FeedbackAuthor) == LeverSettings.AuthorInterviewer
        && await LeverPeople.InterviewerUserAsync(context, scorecard.InterviewerId, cancellationToken) is { } user
            ? user
            : lever.ActingUser;
}
