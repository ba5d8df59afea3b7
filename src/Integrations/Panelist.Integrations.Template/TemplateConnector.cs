using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Template;

/// <summary>
/// A minimal connector: POSTs each event as JSON to <c>{baseUrl}events</c> with an <c>Idempotency-Key</c>
/// header and a bearer API key. Copy it and replace the request and the response mapping with your ATS's.
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
            using var request = CreateRequest(HttpMethod.Post, context, "events");
            request.Headers.Add("Idempotency-Key", context.IdempotencyKey ?? $"{integrationEvent.EventId:N}:{context.InstallationId:N}");

            // Serialized as the base type, so the JSON carries the "type" discriminator and every property.
            request.Content = new StringContent(JsonSerializer.Serialize(integrationEvent, Json), Encoding.UTF8, "application/json");
            using var response = await context.HttpClient.SendAsync(request, cancellationToken);
            var result = await ResponseMapping.ToDeliveryResultAsync(response, DateTimeOffset.UtcNow, cancellationToken);
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

    private static HttpRequestMessage CreateRequest(HttpMethod method, ConnectorContext context, string path)
    {
        var baseUri = TemplateSettings.TryGetBaseUri(context.Settings)
            ?? throw new InvalidOperationException("The installation's base URL is not valid; settings are validated before they are saved.");
        var request = new HttpRequestMessage(method, new Uri(baseUri, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.Settings[TemplateSettings.ApiKey]);
        return request;
    }
}
