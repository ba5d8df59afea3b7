using System.Text.Json;
using Microsoft.Extensions.Logging;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Lever;

/// <summary>
/// Delivers Panelist's events to Lever (api.lever.co/v1): interviews as panels, scorecards as feedback forms of the
/// configured template plus a summary note, interview outcomes and engagement closes as notes. Every write carries
/// <c>perform_as</c>. An erased candidate becomes a manual step for the client's Lever admin (Lever's API deletes no
/// candidates). Lists Lever's feedback templates for the settings UI.
/// </summary>
public sealed class LeverConnector : IAtsConnector, ISettingValueSource
{
    private const int MaxTemplatePages = 20;

    /// <inheritdoc />
    public ConnectorDescriptor Descriptor { get; } = new()
    {
        Id = "lever",
        Name = "Lever",
        Version = PluginVersion.Current,
        SupportedEvents =
        [
            IntegrationEventTypes.InterviewScheduled, IntegrationEventTypes.InterviewRescheduled, IntegrationEventTypes.InterviewCancelled,
            IntegrationEventTypes.InterviewCompleted, IntegrationEventTypes.ScorecardSubmitted, IntegrationEventTypes.ScorecardAmended,
            IntegrationEventTypes.EngagementClosed, IntegrationEventTypes.CandidateErased,
        ],
        SettingsSchema = LeverSettings.Schema,
        // Lever's token bucket refills at 10 requests per second (bursts to 20); the host paces at the steady rate.
        RateLimit = new RateLimit(10, TimeSpan.FromSeconds(1)),
    };

    /// <inheritdoc />
    public Task<SettingsValidationResult> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        Task.FromResult(LeverValidation.Validate(Descriptor, settings));

    /// <inheritdoc />
    public async Task<ConnectionCheckResult> CheckConnectionAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            // Cheap authenticated reads that also prove the acting user and the chosen template exist.
            var lever = new LeverClient(context);
            var user = await lever.GetAsync($"users/{LeverClient.Escape(lever.ActingUser)}", cancellationToken);
            if (!user.Succeeded)
            {
                return ConnectionCheckResult.Failed(user.Status == 404
                    ? $"Lever has no user {lever.ActingUser} to act as (perform_as)."
                    : $"Lever did not accept the connection: {Reason(user.Failure!)}");
            }

            var template = LeverSettings.Get(context.Settings, LeverSettings.FeedbackTemplateId);
            if (template.Length > 0 && await lever.GetAsync($"feedback_templates/{LeverClient.Escape(template)}", cancellationToken) is { Succeeded: false } missing)
            {
                return ConnectionCheckResult.Failed(missing.Status == 404
                    ? $"Lever has no feedback template {template}; choose one of the listed templates."
                    : $"Lever did not list the feedback template: {Reason(missing.Failure!)}");
            }

            return ConnectionCheckResult.Ok();
        }
        catch (HttpRequestException ex)
        {
            return ConnectionCheckResult.Failed($"Lever could not be reached: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ConnectionCheckResult.Failed("Lever did not answer in time.");
        }
    }

    /// <inheritdoc />
    public async Task<SettingValuesResult> ListValuesAsync(ConnectorContext context, string settingName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (settingName != LeverSettings.FeedbackTemplateId)
        {
            return SettingValuesResult.Failed($"'{settingName}' takes no values from Lever.");
        }

        try
        {
            var lever = new LeverClient(context);
            var choices = new List<SettingChoice>();
            string? offset = null;
            for (var page = 0; page < MaxTemplatePages; page++)
            {
                var answer = await lever.GetAsync($"feedback_templates?limit=100{(offset is null ? "" : $"&offset={Uri.EscapeDataString(offset)}")}", cancellationToken);
                if (answer.Failure is { } failure)
                {
                    return SettingValuesResult.Failed($"Lever did not list its feedback templates: {Reason(failure)}");
                }

                foreach (var template in answer.Data.EnumerateArray())
                {
                    var id = template.GetProperty("id").GetString()!;
                    choices.Add(new SettingChoice(id, template.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } label ? label : id));
                }

                var more = answer.Root.TryGetProperty("hasNext", out var hasNext) && hasNext.ValueKind == JsonValueKind.True;
                offset = more && answer.Root.TryGetProperty("next", out var next) ? next.GetString() : null;
                if (offset is null)
                {
                    break;
                }
            }

            return SettingValuesResult.Ok(choices);
        }
        catch (HttpRequestException ex)
        {
            return SettingValuesResult.Failed($"Lever could not be reached: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SettingValuesResult.Failed("Lever did not answer in time.");
        }
    }

    /// <inheritdoc />
    public async Task<DeliveryResult> DeliverAsync(ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (integrationEvent is CandidateErased erased)
        {
            return LeverErasure.Answer(context.Settings, erased);
        }

        if (LeverPeople.Opportunity(context.Settings, integrationEvent.Ats) is not { } opportunity)
        {
            return new Rejected("LEVER_NO_OPPORTUNITY",
                $"The engagement has no {LeverSettings.Get(context.Settings, LeverSettings.OpportunityReference)} to name the Lever opportunity; set it on the engagement.");
        }

        try
        {
            var result = await new LeverDelivery(context).DeliverAsync(opportunity, integrationEvent, cancellationToken);
            context.Logger.LogInformation("Delivered {EventType} {EventId} to Lever: {Result}", integrationEvent.EventType, integrationEvent.EventId, result.GetType().Name);
            return result;
        }
        catch (HttpRequestException ex)
        {
            return new RetryLater(null, $"network error: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Lever may have received the write; the ids and note markers in the store keep a retry from repeating what landed and was recorded.
            return new RetryLater(null, "Lever did not answer in time");
        }
    }

    private static string Reason(DeliveryResult failure) => failure switch
    {
        Rejected rejected => $"{rejected.Code}: {rejected.Reason}",
        RetryLater later => later.Reason,
        _ => failure.ToString(),
    };
}
