using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Template;

/// <summary>
/// A minimal connector: POSTs the first event about an interview as JSON to <c>{baseUrl}events</c>, keeps the
/// id the ATS answers with in the installation's store, and PATCHes <c>events/{id}</c> with the interview's later
/// events; every request carries an <c>Idempotency-Key</c> header and a bearer API key, and names the interviewer
/// only as the vendor user the client mapped. Copy it and replace the requests and the response mapping with your ATS's.
/// </summary>
public sealed class TemplateConnector : IAtsConnector
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public ConnectorDescriptor Descriptor { get; } = new()
    {
        Id = "template",
        Name = "Template ATS",
        Version = PluginVersion.Current,
        SupportedEvents = IntegrationEventTypes.All,
        SettingsSchema = TemplateSettings.Schema,
        RateLimit = new RateLimit(10, TimeSpan.FromSeconds(1)),
    };

    /// <inheritdoc />
    public Task<SettingsValidationResult> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        // The schema's kinds say it all (the base URL is an absolute http or https URL); add your vendor's own rules here.
        Task.FromResult(Descriptor.ValidateAgainstSchema(settings));

    /// <inheritdoc />
    public async Task<ConnectionCheckResult> CheckConnectionAsync(ConnectorContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            using var request = CreateRequest(HttpMethod.Get, context, "ping");
            using var response = await context.HttpClient.SendAsync(request, cancellationToken);
            return ResponseMapping.IsSuccess(response.StatusCode)
                ? ConnectionCheckResult.Ok()
                : ConnectionCheckResult.Failed($"The ATS answered {(int)response.StatusCode} {response.ReasonPhrase} to GET ping.");
        }
        catch (HttpRequestException ex)
        {
            return ConnectionCheckResult.Failed($"The ATS could not be reached: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ConnectionCheckResult.Failed("The ATS did not answer in time.");
        }
    }

    /// <inheritdoc />
    public async Task<DeliveryResult> DeliverAsync(ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        try
        {
            // Serialized as the base type, so the JSON carries the "type" discriminator and every property.
            var body = JsonSerializer.SerializeToNode(integrationEvent, Json)!.AsObject();
            var interview = integrationEvent as InterviewEvent;
            if (interview?.InterviewerId is { } interviewerId)
            {
                await AddInterviewerAsync(context, interviewerId, body, cancellationToken);
            }

            // The first event about an interview creates a record at the ATS; later ones update that record.
            var recordKey = interview is null ? null : $"interview:{interview.InterviewId:N}";
            var recordId = recordKey is not null && context.Store is { } store ? await store.GetAsync(recordKey, cancellationToken) : null;
            using var request = recordId is null
                ? CreateRequest(HttpMethod.Post, context, "events")
                : CreateRequest(HttpMethod.Patch, context, $"events/{Uri.EscapeDataString(recordId)}");
            request.Headers.Add("Idempotency-Key", context.IdempotencyKey ?? $"{integrationEvent.EventId:N}:{context.InstallationId:N}");
            request.Content = new StringContent(body.ToJsonString(Json), Encoding.UTF8, "application/json");
            using var response = await context.HttpClient.SendAsync(request, cancellationToken);
            var result = await ResponseMapping.ToDeliveryResultAsync(response, DateTimeOffset.UtcNow, cancellationToken);
            if (result is Delivered delivered && recordKey is not null)
            {
                result = await RememberAsync(context, integrationEvent, recordKey, recordId, delivered, cancellationToken);
            }

            context.Logger.LogInformation("Delivered {EventType} {EventId}: {Result}", integrationEvent.EventType, integrationEvent.EventId, result.GetType().Name);
            return result;
        }
        catch (HttpRequestException ex)
        {
            return new RetryLater(null, $"network error: {ex.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout elapsed: the ATS may have received the event; the idempotency key makes a retry safe.
            return new RetryLater(null, "the ATS did not answer in time");
        }
    }

    /// <summary>
    /// Keeps the id of a created record as soon as the ATS answers (a crash before this line is harmless: the retry
    /// carries the same idempotency key and the ATS answers with the same id), and forgets it once nothing can follow.
    /// </summary>
    private static async Task<DeliveryResult> RememberAsync(ConnectorContext context, IntegrationEvent integrationEvent, string recordKey, string? recordId,
        Delivered delivered, CancellationToken cancellationToken)
    {
        if (context.Store is not { } store)
        {
            return delivered;
        }

        if (integrationEvent is InterviewCancelled)
        {
            await store.RemoveAsync(recordKey, cancellationToken);
        }
        else if (recordId is null && delivered.ExternalId is { } created)
        {
            await store.SetAsync(recordKey, created, cancellationToken);
        }

        return delivered.ExternalId is null && recordId is not null ? new Delivered(recordId) : delivered;
    }

    /// <summary>
    /// Names the interviewer as the client mapped them at the ATS: the vendor user, else the relay address. Never
    /// an e-mail of ours: the host gives connectors none. A context without a directory (a test that gives none) sends no identity.
    /// </summary>
    private static async Task AddInterviewerAsync(ConnectorContext context, Guid interviewerId, JsonObject body, CancellationToken cancellationToken)
    {
        if (context.Interviewers is not { } directory)
        {
            return;
        }

        switch (await directory.FindAsync(interviewerId, cancellationToken))
        {
            case { UserId: { } userId }:
                body["interviewerUserId"] = userId;
                break;
            case { RelayAddress: { } relay }:
                body["interviewerEmail"] = relay;
                break;
        }
    }

    private static HttpRequestMessage CreateRequest(HttpMethod method, ConnectorContext context, string path)
    {
        var baseUri = TemplateSettings.TryGetBaseUri(context.Settings)
            ?? throw new InvalidOperationException("The installation's base URL is not valid; settings are validated before they are saved.");
        var request = new HttpRequestMessage(method, new Uri(baseUri, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.Settings[TemplateSettings.ApiKey]);
        return request;
    }
}
