using System.Globalization;
using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Greenhouse;

/// <summary>
/// The settings an installation of the Greenhouse connector fills in. What the Greenhouse reference marks UNCONFIRMED
/// (the Harvest v3 write paths, the token lifetime when the token answer names none) is a setting with the likeliest
/// value as its default, so a client can correct it against their sandbox without a new connector version.
/// </summary>
internal static class GreenhouseSettings
{
    public const string ApiVersion = "apiVersion";
    public const string BaseUrl = "baseUrl";
    public const string ApiKey = "apiKey";
    public const string OnBehalfOf = "onBehalfOfUserId";
    public const string TokenUrl = "tokenUrl";
    public const string ClientId = "clientId";
    public const string ClientSecret = "clientSecret";
    public const string TokenLifetimeSeconds = "tokenLifetimeSeconds";
    public const string NoteVisibility = "noteVisibility";
    public const string V3ScheduledInterviewsPath = "v3ScheduledInterviewsPath";
    public const string V3NotesPath = "v3NotesPath";
    public const string Erasure = "erasure";
    public const string AnonymizeFields = "anonymizeFields";

    public const string HarvestV1 = "harvest-v1";
    public const string HarvestV3 = "harvest-v3";

    public static IReadOnlyList<SettingField> Schema { get; } =
    [
        new SettingField
        {
            Name = ApiVersion, Label = "Harvest API version", Kind = SettingKind.Choice, Default = HarvestV1,
            Choices = [new SettingChoice(HarvestV1, "Harvest v1/v2 (API key; retired by Greenhouse on 31 Aug 2026)"), new SettingChoice(HarvestV3, "Harvest v3 (OAuth client credentials)")],
            Description = "Greenhouse removes Harvest v1/v2 keys and endpoints on 31 Aug 2026; move to v3 with a \"Harvest V3 (OAuth)\" credential before then.",
        },
        new SettingField
        {
            Name = BaseUrl, Label = "Harvest base URL", Kind = SettingKind.Url, Default = "https://harvest.greenhouse.io/",
            Description = "The Harvest API root; change it only for a sandbox or a proxy.",
        },
        new SettingField { Name = ApiKey, Label = "Harvest API key (v1/v2)", Kind = SettingKind.Secret, Description = "Sent as the Basic auth user name with an empty password. Needs the scheduled interviews and candidate notes permissions." },
        new SettingField
        {
            Name = OnBehalfOf, Label = "Acting Greenhouse user id", Required = true,
            Description = "The Greenhouse user Panelist acts as: the On-Behalf-Of header (v1/v2), the token's sub (v3), the organizer of scheduled interviews and the author of notes. The user must be able to manage the applications.",
        },
        new SettingField { Name = TokenUrl, Label = "OAuth token URL (v3)", Kind = SettingKind.Url, Default = "https://auth.greenhouse.io/token" },
        new SettingField { Name = ClientId, Label = "OAuth client id (v3)" },
        new SettingField { Name = ClientSecret, Label = "OAuth client secret (v3)", Kind = SettingKind.Secret },
        new SettingField
        {
            Name = TokenLifetimeSeconds, Label = "Token lifetime in seconds (v3)", Default = "3600",
            Description = "Used only when the token answer has neither expires_at nor expires_in (its exact fields are unconfirmed).",
        },
        new SettingField
        {
            Name = NoteVisibility, Label = "Scorecard note visibility", Kind = SettingKind.Choice, Default = "private",
            Choices = [new SettingChoice("private", "Private"), new SettingChoice("admin_only", "Admins only"), new SettingChoice("public", "Public")],
        },
        new SettingField
        {
            Name = V3ScheduledInterviewsPath, Label = "v3 scheduled interviews path", Default = "v3/scheduled_interviews",
            Description = "Relative to the base URL. Greenhouse's v3 path for scheduled interviews is unconfirmed; check it in your sandbox.",
        },
        new SettingField
        {
            Name = V3NotesPath, Label = "v3 notes path", Default = "v3/notes",
            Description = "Relative to the base URL; notes are posted with candidate_id and listed with ?candidate_ids=. Unconfirmed; check it in your sandbox.",
        },
        new SettingField
        {
            Name = Erasure, Label = "When Panelist erases a candidate", Kind = SettingKind.Choice, Default = CandidateErasure.Anonymize,
            Choices =
            [
                new SettingChoice(CandidateErasure.Anonymize, "Anonymize the candidate in Greenhouse (Harvest v1 anonymize endpoint; Enterprise accounts)"),
                new SettingChoice(CandidateErasure.Manual, "Record a manual step for a Greenhouse admin"),
            ],
            Description = "Harvest v3 documents no anonymize endpoint, so on v3 an erasure is always a manual step.",
        },
        new SettingField
        {
            Name = AnonymizeFields, Label = "Fields to anonymize",
            Description = "Comma-separated Greenhouse field names (full_name, emails, attachments, ...); empty anonymizes every field the endpoint documents.",
        },
    ];

    /// <summary>The validation beyond the schema's kinds: which credentials each API version needs, and the shapes of ids and paths.</summary>
    public static IEnumerable<SettingError> Problems(IReadOnlyDictionary<string, string> settings)
    {
        var version = Value(settings, ApiVersion) ?? HarvestV1;
        if (version == HarvestV1 && Value(settings, ApiKey) is null)
        {
            yield return new SettingError(ApiKey, "Harvest v1/v2 needs an API key.");
        }

        if (version == HarvestV3)
        {
            if (Value(settings, ClientId) is null)
            {
                yield return new SettingError(ClientId, "Harvest v3 needs an OAuth client id.");
            }

            if (Value(settings, ClientSecret) is null)
            {
                yield return new SettingError(ClientSecret, "Harvest v3 needs an OAuth client secret.");
            }
        }

        if (Value(settings, OnBehalfOf) is { } user && !long.TryParse(user, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            yield return new SettingError(OnBehalfOf, "The acting Greenhouse user id is a number (Configure > Users shows it in the user's URL).");
        }

        if (Value(settings, TokenLifetimeSeconds) is { } lifetime && (!int.TryParse(lifetime, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds < 60))
        {
            yield return new SettingError(TokenLifetimeSeconds, "The token lifetime is a whole number of seconds, at least 60.");
        }

        foreach (var path in new[] { V3ScheduledInterviewsPath, V3NotesPath })
        {
            if (Value(settings, path) is { } relative && (relative.StartsWith('/') || relative.Contains("://", StringComparison.Ordinal) || relative.Contains('?', StringComparison.Ordinal)))
            {
                yield return new SettingError(path, "The path is relative to the base URL, without a leading slash or a query.");
            }
        }

        foreach (var problem in FieldProblems(settings))
        {
            yield return problem;
        }
    }

    private static IEnumerable<SettingError> FieldProblems(IReadOnlyDictionary<string, string> settings)
    {
        var unknown = CandidateErasure.Fields(settings).Except(CandidateErasure.DocumentedFields, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            yield return new SettingError(AnonymizeFields, $"Greenhouse documents no anonymizable field {string.Join(", ", unknown)}.");
        }
    }

    /// <summary>A non-blank value, trimmed, or null.</summary>
    public static string? Value(IReadOnlyDictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>A URL setting with a trailing slash, so that relative paths append to it.</summary>
    public static Uri Root(IReadOnlyDictionary<string, string> settings, string name) =>
        Value(settings, name) is { } value && Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"The installation's {name} is not a URL; settings are validated before they are saved.");
}
