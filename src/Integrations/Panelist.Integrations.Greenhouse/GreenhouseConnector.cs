using Microsoft.Extensions.Logging;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Greenhouse;

/// <summary>
/// Delivers Panelist's interviews and scorecards to Greenhouse through the Harvest API: a booked interview becomes a
/// scheduled interview on the candidate's application (created, PATCHed when rescheduled, deleted when cancelled), and a
/// submitted or amended scorecard becomes a note on the candidate, since Greenhouse has no API that writes scorecards, and
/// an erased candidate is anonymized (Harvest v1) or becomes a manual step for the client's Greenhouse admin.
/// Harvest v1/v2 (API key and On-Behalf-Of) is retired by Greenhouse on 31 Aug 2026; v3 (OAuth client credentials) is
/// chosen by the <c>apiVersion</c> setting.
/// </summary>
public sealed class GreenhouseConnector : IAtsConnector
{
    /// <inheritdoc />
    public ConnectorDescriptor Descriptor { get; } = new()
    {
        Id = "greenhouse",
        Name = "Greenhouse",
        Version = PluginVersion.Current,
        SupportedEvents =
        [
            IntegrationEventTypes.InterviewScheduled, IntegrationEventTypes.InterviewRescheduled, IntegrationEventTypes.InterviewCancelled,
            IntegrationEventTypes.ScorecardSubmitted, IntegrationEventTypes.ScorecardAmended, IntegrationEventTypes.CandidateErased,
        ],
        SettingsSchema = GreenhouseSettings.Schema,
        // Harvest's documented window: 50 requests per 10 seconds per key (X-RateLimit-Limit says the key's own number).
        RateLimit = new RateLimit(50, TimeSpan.FromSeconds(10)),
    };

    /// <inheritdoc />
    public Task<SettingsValidationResult> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var schema = Descriptor.ValidateAgainstSchema(settings);
        var errors = schema.Errors.Concat(GreenhouseSettings.Problems(Descriptor.WithDefaults(settings))).ToList();
        return Task.FromResult(errors.Count == 0 ? SettingsValidationResult.Valid : SettingsValidationResult.Invalid(errors));
    }

    /// <inheritdoc />
    public async Task<ConnectionCheckResult> CheckConnectionAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            // One scheduled interview: cheap, and it proves the permission the connector needs most.
            var client = new HarvestClient(context);
            var answer = await client.SendAsync(HttpMethod.Get, client.Paths.Check, null, cancellationToken);
            return answer.IsSuccess
                ? ConnectionCheckResult.Ok()
                : ConnectionCheckResult.Failed(GreenhouseErrors.ToResult(answer, "NOT_FOUND") switch
                {
                    Rejected rejected => $"{rejected.Code}: {rejected.Reason}",
                    RetryLater later => $"Greenhouse is unavailable or throttling: {later.Reason}",
                    var other => other.ToString(),
                });
        }
        catch (HttpRequestException ex)
        {
            return ConnectionCheckResult.Failed($"Greenhouse could not be reached: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ConnectionCheckResult.Failed("Greenhouse did not answer in time.");
        }
    }

    /// <inheritdoc />
    public async Task<DeliveryResult> DeliverAsync(ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        try
        {
            var client = new HarvestClient(context);
            var result = integrationEvent switch
            {
                InterviewScheduled e => await ScheduledInterviews.PutAsync(client, context, e, e.ScheduledStart, e.ScheduledEnd, reschedule: false, cancellationToken),
                InterviewRescheduled e => await ScheduledInterviews.PutAsync(client, context, e, e.ScheduledStart, e.ScheduledEnd, reschedule: true, cancellationToken),
                InterviewCancelled e => await ScheduledInterviews.CancelAsync(client, context, e, cancellationToken),
                ScorecardEvent e => await ScorecardNotes.AddAsync(client, context, e, cancellationToken),
                CandidateErased e => await CandidateErasure.EraseAsync(client, context, e, cancellationToken),
                _ => new Rejected("EVENT_NOT_SUPPORTED", $"The Greenhouse connector does not deliver {integrationEvent.EventType}."),
            };
            context.Logger.LogInformation("Greenhouse {EventType} {EventId}: {Result}", integrationEvent.EventType, integrationEvent.EventId, result.GetType().Name);
            return result;
        }
        catch (HttpRequestException ex)
        {
            return new RetryLater(null, $"Greenhouse could not be reached: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The request may have landed; the next attempt looks it up (external_event_id, the note's marker) before writing.
            return new RetryLater(null, "Greenhouse did not answer in time");
        }
    }
}
