using System.Text.Json;

namespace Panelist.Plugins.Sdk;

/// <summary>What a connector is and needs; shown to admins and used by the host to route and pace deliveries.</summary>
public sealed record ConnectorDescriptor
{
    /// <summary>Stable id, lower case, equal to the plugin's folder name and the <c>id</c> in its <c>plugin.json</c> (e.g. <c>greenhouse</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Display name (e.g. <c>Greenhouse</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The connector's own SemVer version, equal to the <c>version</c> in its <c>plugin.json</c>.</summary>
    public required string Version { get; init; }

    /// <summary>The event types the connector delivers, from <see cref="Events.IntegrationEventTypes"/>; the host offers no other event to it.</summary>
    public required IReadOnlyList<string> SupportedEvents { get; init; }

    /// <summary>The settings an installation fills in, in display order.</summary>
    public required IReadOnlyList<SettingField> SettingsSchema { get; init; }

    /// <summary>The vendor's rate limit per installation, or <see langword="null"/> when the vendor publishes none.</summary>
    public RateLimit? RateLimit { get; init; }

    /// <summary>
    /// The part of settings validation every connector shares: every <see cref="SettingField.Required"/> field
    /// has a non-blank value or a <see cref="SettingField.Default"/>, no unknown field is present, and (SDK 1.1)
    /// every non-blank value suits its <see cref="SettingField.Kind"/>: a <see cref="SettingKind.Url"/> is an
    /// absolute http or https URL, a <see cref="SettingKind.Choice"/> is one of its choices (when it declares
    /// any), a <see cref="SettingKind.Json"/> value parses. The shape of a JSON value is the connector's to check.
    /// </summary>
    /// <param name="settings">The settings by <see cref="SettingField.Name"/>, without defaults (see <see cref="WithDefaults"/>).</param>
    /// <returns>Valid, or one error per field at fault.</returns>
    public SettingsValidationResult ValidateAgainstSchema(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<SettingError>();
        foreach (var field in SettingsSchema)
        {
            var given = settings.TryGetValue(field.Name, out var value) && !string.IsNullOrWhiteSpace(value);
            if (!given && field.Required && string.IsNullOrWhiteSpace(field.Default))
            {
                errors.Add(new SettingError(field.Name, $"{field.Label} is required."));
            }
            else if (given && KindProblem(field, value!) is { } problem)
            {
                errors.Add(new SettingError(field.Name, problem));
            }
        }

        foreach (var name in settings.Keys)
        {
            if (!SettingsSchema.Any(field => field.Name == name))
            {
                errors.Add(new SettingError(name, $"'{name}' is not a setting of {Name}."));
            }
        }

        return errors.Count == 0 ? SettingsValidationResult.Valid : SettingsValidationResult.Invalid(errors);
    }

    /// <summary>
    /// (SDK 1.1) The settings with every <see cref="SettingField.Default"/> filled in where a value is missing or
    /// blank: what the host hands the connector in <see cref="ConnectorContext.Settings"/> and to
    /// <see cref="IAtsConnector.ValidateSettingsAsync"/>.
    /// </summary>
    /// <param name="settings">The settings by <see cref="SettingField.Name"/>.</param>
    /// <returns>A new dictionary; <paramref name="settings"/> is not changed.</returns>
    public IReadOnlyDictionary<string, string> WithDefaults(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var completed = new Dictionary<string, string>(settings, StringComparer.Ordinal);
        foreach (var field in SettingsSchema)
        {
            if (field.Default is { } fallback && (!completed.TryGetValue(field.Name, out var value) || string.IsNullOrWhiteSpace(value)))
            {
                completed[field.Name] = fallback;
            }
        }

        return completed;
    }

    private static string? KindProblem(SettingField field, string value) => field.Kind switch
    {
        SettingKind.Url when !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) =>
            $"{field.Label} must be an absolute http or https URL.",
        SettingKind.Choice when field.Choices.Count > 0 && !field.Choices.Any(c => c.Value == value) =>
            $"{field.Label} must be one of: {string.Join(", ", field.Choices.Select(c => c.Value))}.",
        SettingKind.Json when !ParsesAsJson(value) => $"{field.Label} must be a JSON document.",
        _ => null,
    };

    private static bool ParsesAsJson(string value)
    {
        try
        {
            using var _ = JsonDocument.Parse(value);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
