using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Lever;

/// <summary>
/// The settings an installation of the Lever connector fills in. Behaviour the ATS reference marks UNCONFIRMED
/// (how a rating is written into a score field, which reference names the opportunity, what an unmapped interviewer
/// becomes) is a setting with the likeliest default, so a sandbox finding changes a value, not the code.
/// </summary>
internal static class LeverSettings
{
    public const string BaseUrl = "baseUrl";
    public const string AuthMode = "authMode";
    public const string ApiKey = "apiKey";
    public const string OAuthTokenUrl = "oauthTokenUrl";
    public const string OAuthClientId = "oauthClientId";
    public const string OAuthClientSecret = "oauthClientSecret";
    public const string OAuthRefreshToken = "oauthRefreshToken";
    public const string PerformAs = "performAs";
    public const string FeedbackAuthor = "feedbackAuthor";
    public const string FeedbackTemplateId = "feedbackTemplateId";
    public const string FieldMapping = "fieldMapping";
    public const string RatingValueFormat = "ratingValueFormat";
    public const string ScorecardNote = "scorecardNote";
    public const string OpportunityReference = "opportunityReference";
    public const string UnmappedInterviewer = "unmappedInterviewer";
    public const string DefaultTimeZone = "defaultTimeZone";
    public const string PanelLookup = "panelLookup";

    public const string ApiKeyMode = "apiKey";
    public const string OAuthMode = "oauth";
    public const string AuthorInterviewer = "interviewer";
    public const string AuthorActingUser = "actingUser";
    public const string RatingNumber = "number";
    public const string RatingText = "text";
    public const string NoteAlways = "always";
    public const string NoteWithoutTemplate = "withoutTemplate";
    public const string FromApplication = "applicationId";
    public const string FromCandidate = "candidateId";
    public const string UnmappedAsActingUser = "actingUser";
    public const string UnmappedAsNobody = "none";
    public const string LookupByNote = "interviewNote";
    public const string LookupOff = "off";

    public static IReadOnlyList<SettingField> Schema { get; } =
    [
        new SettingField
        {
            Name = BaseUrl, Label = "API base URL", Kind = SettingKind.Url, Required = true, Default = "https://api.lever.co/v1/",
            Description = "https://api.lever.co/v1/, or https://api.sandbox.lever.co/v1/ for a sandbox.",
        },
        new SettingField
        {
            Name = AuthMode, Label = "Authentication", Kind = SettingKind.Choice, Required = true, Default = ApiKeyMode,
            Choices = [new SettingChoice(ApiKeyMode, "API key (HTTP Basic)"), new SettingChoice(OAuthMode, "OAuth 2.0 (Lever partner app)")],
        },
        new SettingField { Name = ApiKey, Label = "API key", Kind = SettingKind.Secret, Description = "Sent as the Basic user name with an empty password." },
        new SettingField
        {
            Name = OAuthTokenUrl, Label = "OAuth token URL", Kind = SettingKind.Url, Default = "https://auth.lever.co/oauth/token",
            Description = "Where the refresh token is exchanged for access tokens.",
        },
        new SettingField { Name = OAuthClientId, Label = "OAuth client id", Kind = SettingKind.Text },
        new SettingField { Name = OAuthClientSecret, Label = "OAuth client secret", Kind = SettingKind.Secret },
        new SettingField
        {
            Name = OAuthRefreshToken, Label = "OAuth refresh token", Kind = SettingKind.Secret,
            Description = "From the authorization-code grant with offline_access; a rotated token is kept in the connector's store.",
        },
        new SettingField
        {
            Name = PerformAs, Label = "Acting Lever user id", Kind = SettingKind.Text, Required = true,
            Description = "Every write carries perform_as with this user (or the mapped interviewer where that fits).",
        },
        new SettingField
        {
            Name = FeedbackAuthor, Label = "Feedback is written as", Kind = SettingKind.Choice, Default = AuthorInterviewer,
            Choices = [new SettingChoice(AuthorInterviewer, "The mapped interviewer, else the acting user"), new SettingChoice(AuthorActingUser, "Always the acting user")],
        },
        new SettingField
        {
            Name = FeedbackTemplateId, Label = "Feedback template", Kind = SettingKind.Choice,
            Description = "Lever's feedback template for scorecards, listed from Lever. Blank: scorecards become notes only.",
        },
        new SettingField
        {
            Name = FieldMapping, Label = "Feedback field mapping", Kind = SettingKind.Json,
            Description = """{"ratings":{"<criterionKey>":"<fieldId>"},"recommendation":{"field":"<fieldId>","values":{"StrongNo":"…","No":"…","NoDecision":"…","Yes":"…","StrongYes":"…"}},"summary":"<fieldId>"}""",
        },
        new SettingField
        {
            Name = RatingValueFormat, Label = "Rating values are sent as", Kind = SettingKind.Choice, Default = RatingNumber,
            Choices = [new SettingChoice(RatingNumber, "Numbers (3)"), new SettingChoice(RatingText, "Text (\"3\")")],
        },
        new SettingField
        {
            Name = ScorecardNote, Label = "Scorecard note", Kind = SettingKind.Choice, Default = NoteAlways,
            Choices = [new SettingChoice(NoteAlways, "Always add a summary note"), new SettingChoice(NoteWithoutTemplate, "Only when no feedback template is set")],
        },
        new SettingField
        {
            Name = OpportunityReference, Label = "Lever opportunity id comes from", Kind = SettingKind.Choice, Default = FromApplication,
            Choices = [new SettingChoice(FromApplication, "The engagement's application id"), new SettingChoice(FromCandidate, "The engagement's candidate id")],
        },
        new SettingField
        {
            Name = UnmappedInterviewer, Label = "Interviewer without a Lever user", Kind = SettingKind.Choice, Default = UnmappedAsActingUser,
            Choices = [new SettingChoice(UnmappedAsActingUser, "Name the acting user on the interview"), new SettingChoice(UnmappedAsNobody, "Name no interviewer")],
        },
        new SettingField
        {
            Name = DefaultTimeZone, Label = "Panel time zone fallback", Kind = SettingKind.Text, Default = "UTC",
            Description = "IANA time zone for panels when the interviewer has none.",
        },
        new SettingField
        {
            Name = PanelLookup, Label = "Before creating a panel", Kind = SettingKind.Choice, Default = LookupByNote,
            Description = "A create that landed but was not recorded is found instead of repeated. Switch off if the API key may not list panels.",
            Choices = [new SettingChoice(LookupByNote, "Look for our panel among the opportunity's panels"), new SettingChoice(LookupOff, "Create without looking")],
        },
    ];

    public static string Get(IReadOnlyDictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : Schema.First(field => field.Name == name).Default ?? "";

    /// <summary>The base URL with a trailing slash, so that relative paths append to it.</summary>
    public static Uri BaseUri(IReadOnlyDictionary<string, string> settings)
    {
        var value = Get(settings, BaseUrl);
        return Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException("The installation's base URL is not valid; settings are validated before they are saved.");
    }
}
