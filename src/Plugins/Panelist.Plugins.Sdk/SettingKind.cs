namespace Panelist.Plugins.Sdk;

/// <summary>What kind of value a <see cref="SettingField"/> holds: how the host checks it, stores it and shows it to an admin.</summary>
public enum SettingKind
{
    /// <summary>Free text (the default).</summary>
    Text = 0,

    /// <summary>A secret (an API key, a password): encrypted at rest, never returned, logged or audited. The same as <see cref="SettingField.IsSecret"/>.</summary>
    Secret = 1,

    /// <summary>An absolute <c>http</c> or <c>https</c> URL.</summary>
    Url = 2,

    /// <summary>
    /// One of <see cref="SettingField.Choices"/>. A choice field without choices takes the vendor's values
    /// (listed by <see cref="ISettingValueSource"/>), which the connector checks itself.
    /// </summary>
    Choice = 3,

    /// <summary>A JSON document (a mapping, a reference map). The host checks that it parses; the connector checks its shape.</summary>
    Json = 4,
}
