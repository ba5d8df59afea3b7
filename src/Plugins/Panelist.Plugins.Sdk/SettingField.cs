namespace Panelist.Plugins.Sdk;

/// <summary>One setting of an installation, such as an API key or a base URL.</summary>
public sealed record SettingField
{
    /// <summary>The key in the settings dictionary (e.g. <c>apiKey</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The label shown to the admin who installs the connector (e.g. <c>API key</c>).</summary>
    public required string Label { get; init; }

    /// <summary>Whether an installation needs a non-blank value.</summary>
    public bool Required { get; init; }

    /// <summary>
    /// Whether the value is a secret: the host encrypts it at rest and never returns, logs or audits it;
    /// the connector receives it decrypted in <see cref="ConnectorContext.Settings"/>.
    /// </summary>
    public bool IsSecret { get; init; }

    /// <summary>Optional help text shown next to the field.</summary>
    public string? Description { get; init; }
}
