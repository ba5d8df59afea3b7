using System.Net.Http.Headers;
using System.Net.Http.Json;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Tests.SettingValues;

/// <summary>
/// A connector with typed settings that lists the vendor's feedback templates (as Lever's would) through
/// <see cref="ISettingValueSource"/>: <c>GET {baseUrl}templates</c> with the bearer token.
/// </summary>
public sealed class SettingValuesConnector : IAtsConnector, ISettingValueSource
{
    public ConnectorDescriptor Descriptor { get; } = new()
    {
        Id = "settingvalues",
        Name = "Setting values",
        Version = "1.0.0",
        SupportedEvents = [IntegrationEventTypes.ScorecardSubmitted],
        SettingsSchema =
        [
            new SettingField { Name = "baseUrl", Label = "Base URL", Kind = SettingKind.Url, Required = true },
            new SettingField { Name = "token", Label = "Token", Kind = SettingKind.Secret, Required = true },
            new SettingField { Name = "template", Label = "Feedback template", Kind = SettingKind.Choice, Description = "Listed from the ATS." },
            new SettingField
            {
                Name = "region", Label = "Region", Kind = SettingKind.Choice, Required = true, Default = "eu",
                Choices = [new SettingChoice("eu", "Europe"), new SettingChoice("us", "United States")],
            },
            new SettingField { Name = "fieldMap", Label = "Field map", Kind = SettingKind.Json, Default = "{}" },
        ],
    };

    public Task<SettingsValidationResult> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        Task.FromResult(Descriptor.ValidateAgainstSchema(settings));

    public Task<ConnectionCheckResult> CheckConnectionAsync(ConnectorContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectionCheckResult.Ok());

    public Task<DeliveryResult> DeliverAsync(ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        Task.FromResult<DeliveryResult>(new Delivered(null));

    public async Task<SettingValuesResult> ListValuesAsync(ConnectorContext context, string settingName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (settingName != "template")
        {
            return SettingValuesResult.Failed($"'{settingName}' takes no values from the ATS.");
        }

        // The region comes from its default when the installation left it out.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(context.Settings["baseUrl"]), $"templates?region={context.Settings["region"]}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.Settings["token"]);
        using var response = await context.HttpClient.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return SettingValuesResult.Failed($"The ATS answered {(int)response.StatusCode} to GET templates.");
        }

        var templates = await response.Content.ReadFromJsonAsync<List<Template>>(cancellationToken) ?? [];
        return SettingValuesResult.Ok(templates.Select(t => new SettingChoice(t.Id, t.Name)));
    }

    private sealed record Template(string Id, string Name);
}
