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
    /// Checks that every <see cref="SettingField.Required"/> field has a non-blank value and that no unknown
    /// field is present: the part of settings validation every connector shares.
    /// </summary>
    /// <param name="settings">The settings by <see cref="SettingField.Name"/>.</param>
    /// <returns>Valid, or one error per missing or unknown field.</returns>
    public SettingsValidationResult ValidateAgainstSchema(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<SettingError>();
        foreach (var field in SettingsSchema)
        {
            if (field.Required && (!settings.TryGetValue(field.Name, out var value) || string.IsNullOrWhiteSpace(value)))
            {
                errors.Add(new SettingError(field.Name, $"{field.Label} is required."));
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
}
