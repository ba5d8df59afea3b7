using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Workday;

/// <summary>The settings rules beyond the schema's kinds: the credentials the chosen authentication needs, the version, the back-off and the reference map's shape.</summary>
internal static class WorkdayValidation
{
    public static SettingsValidationResult Validate(ConnectorDescriptor descriptor, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new List<SettingError>(descriptor.ValidateAgainstSchema(settings).Errors);
        void Need(string name, string why)
        {
            if (string.IsNullOrWhiteSpace(WorkdaySettings.Get(settings, name)) && errors.All(e => e.Field != name))
            {
                errors.Add(new SettingError(name, why));
            }
        }

        if (WorkdaySettings.UsesOAuth(settings))
        {
            Need(WorkdaySettings.ClientId, "OAuth needs the API client id.");
            Need(WorkdaySettings.ClientSecret, "OAuth needs the API client secret.");
            Need(WorkdaySettings.RefreshToken, "OAuth needs the integration system user's refresh token.");
        }
        else
        {
            Need(WorkdaySettings.Username, "WS-Security needs the integration system user's name.");
            Need(WorkdaySettings.Password, "WS-Security needs the integration system user's password.");
        }

        if (!WorkdayConnector.VersionPattern().IsMatch(WorkdaySettings.Get(settings, WorkdaySettings.ApiVersion)))
        {
            errors.Add(new SettingError(WorkdaySettings.ApiVersion, "The Recruiting API version looks like v31.2."));
        }

        if (WorkdaySettings.ParseSeconds(WorkdaySettings.Get(settings, WorkdaySettings.ThrottleSeconds)) is null)
        {
            errors.Add(new SettingError(WorkdaySettings.ThrottleSeconds, "The back-off is a number of seconds between 0 and 3600."));
        }

        if (errors.All(e => e.Field != WorkdaySettings.ReferenceMap))
        {
            var (_, problems) = ReferenceMap.Parse(WorkdaySettings.Get(settings, WorkdaySettings.ReferenceMap));
            errors.AddRange(problems.Select(p => new SettingError(WorkdaySettings.ReferenceMap, $"The reference map {p}")));
        }

        return errors.Count == 0 ? SettingsValidationResult.Valid : SettingsValidationResult.Invalid(errors);
    }
}
