using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Lever;

/// <summary>Settings rules beyond the schema's kinds: the credentials the chosen authentication needs, and the field mapping's shape.</summary>
internal static class LeverValidation
{
    public static SettingsValidationResult Validate(ConnectorDescriptor descriptor, IReadOnlyDictionary<string, string> settings)
    {
        var errors = new List<SettingError>();
        var schema = descriptor.ValidateAgainstSchema(settings);
        errors.AddRange(schema.Errors);
        var completed = descriptor.WithDefaults(settings);
        bool Blank(string name) => !completed.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value);

        if (LeverSettings.Get(completed, LeverSettings.AuthMode) == LeverSettings.ApiKeyMode)
        {
            if (Blank(LeverSettings.ApiKey))
            {
                errors.Add(new SettingError(LeverSettings.ApiKey, "API key is required when Lever is reached with an API key."));
            }
        }
        else
        {
            foreach (var (name, label) in new[]
                     {
                         (LeverSettings.OAuthClientId, "OAuth client id"), (LeverSettings.OAuthClientSecret, "OAuth client secret"),
                         (LeverSettings.OAuthRefreshToken, "OAuth refresh token"),
                     })
            {
                if (Blank(name))
                {
                    errors.Add(new SettingError(name, $"{label} is required when Lever is reached with OAuth."));
                }
            }
        }

        var hasTemplate = !Blank(LeverSettings.FeedbackTemplateId);
        if (!Blank(LeverSettings.FieldMapping))
        {
            var (_, problems) = FieldMapping.Parse(completed[LeverSettings.FieldMapping]);
            // A JSON parse error is already the schema's; only the shape is reported here.
            if (!errors.Any(e => e.Field == LeverSettings.FieldMapping))
            {
                errors.AddRange(problems.Select(p => new SettingError(LeverSettings.FieldMapping, $"Feedback field mapping: {p}.")));
            }
        }
        else if (hasTemplate)
        {
            errors.Add(new SettingError(LeverSettings.FieldMapping, "Feedback field mapping is required when a feedback template is chosen."));
        }

        if (!Blank(LeverSettings.DefaultTimeZone) && !IsTimeZone(completed[LeverSettings.DefaultTimeZone].Trim()))
        {
            errors.Add(new SettingError(LeverSettings.DefaultTimeZone, "Panel time zone fallback must be an IANA time zone such as Europe/London."));
        }

        return errors.Count == 0 ? SettingsValidationResult.Valid : SettingsValidationResult.Invalid(errors.DistinctBy(e => (e.Field, e.Message)));
    }

    private static bool IsTimeZone(string id)
    {
        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }
}
