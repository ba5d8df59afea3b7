namespace Panelist.Plugins.Sdk;

/// <summary>One setting of an installation, such as an API key or a base URL.</summary>
public sealed record SettingField
{
    private readonly SettingKind _kind;
    private readonly bool _isSecret;

    /// <summary>The key in the settings dictionary (e.g. <c>apiKey</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The label shown to the admin who installs the connector (e.g. <c>API key</c>).</summary>
    public required string Label { get; init; }

    /// <summary>Whether an installation needs a non-blank value (a <see cref="Default"/> counts as one).</summary>
    public bool Required { get; init; }

    /// <summary>
    /// Whether the value is a secret: the host encrypts it at rest and never returns, logs or audits it;
    /// the connector receives it decrypted in <see cref="ConnectorContext.Settings"/>. True for
    /// <see cref="SettingKind.Secret"/>; set it on another kind (a <see cref="SettingKind.Url"/> that carries
    /// a token) to keep that value secret too.
    /// </summary>
    public bool IsSecret
    {
        get => _isSecret || _kind == SettingKind.Secret;
        init => _isSecret = value;
    }

    /// <summary>Optional help text shown next to the field.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// (SDK 1.1) What kind of value it holds; <see cref="ConnectorDescriptor.ValidateAgainstSchema"/> checks it.
    /// Defaults to <see cref="SettingKind.Text"/>, or <see cref="SettingKind.Secret"/> when only <see cref="IsSecret"/> is set (as in SDK 1.0).
    /// </summary>
    public SettingKind Kind
    {
        get => _kind == SettingKind.Text && _isSecret ? SettingKind.Secret : _kind;
        init => _kind = value;
    }

    /// <summary>(SDK 1.1) The values a <see cref="SettingKind.Choice"/> field allows, in display order; empty for other kinds.</summary>
    public IReadOnlyList<SettingChoice> Choices { get; init; } = [];

    /// <summary>
    /// (SDK 1.1) The value used when an installation leaves the setting out; <see langword="null"/> for none.
    /// The connector receives it in <see cref="ConnectorContext.Settings"/>, also for installations saved before the field existed.
    /// </summary>
    public string? Default { get; init; }
}
