using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Template;

/// <summary>The settings an installation of the template connector fills in, and how they are read.</summary>
internal static class TemplateSettings
{
    public const string BaseUrl = "baseUrl";
    public const string ApiKey = "apiKey";

    public static IReadOnlyList<SettingField> Schema { get; } =
    [
        new SettingField
        {
            Name = BaseUrl, Label = "Base URL", Kind = SettingKind.Url, Required = true, Description = "The ATS API root, e.g. https://ats.example.com/api/",
        },
        new SettingField { Name = ApiKey, Label = "API key", Kind = SettingKind.Secret, Required = true, Description = "Sent as a bearer token." },
    ];

    /// <summary>The base URL with a trailing slash, so that relative paths append to it.</summary>
    public static Uri? TryGetBaseUri(IReadOnlyDictionary<string, string> settings) =>
        settings.TryGetValue(BaseUrl, out var value)
        && Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
}
