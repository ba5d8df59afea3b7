using System.Globalization;
using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Workday;

/// <summary>
/// The settings of a Workday installation. Workday is the least documented of the ATSs (ats-apis.md §3): every
/// behaviour the reference marks UNCONFIRMED (API version, endpoint paths, reference id types, what a cancellation
/// does, whether a Processing_Fault is worth retrying, how long to back off from a bare 429) is a setting with the
/// reference's best guess as its default, so a tenant that differs is fixed by configuration rather than a release.
/// </summary>
internal static class WorkdaySettings
{
    public const string BaseUrl = "baseUrl";
    public const string Tenant = "tenant";
    public const string ApiVersion = "apiVersion";
    public const string ServiceUrl = "serviceUrl";
    public const string TokenUrl = "tokenUrl";
    public const string AuthMode = "authMode";
    public const string ClientId = "clientId";
    public const string ClientSecret = "clientSecret";
    public const string RefreshToken = "refreshToken";
    public const string Username = "username";
    public const string Password = "password";
    public const string ReferenceMap = "referenceMap";
    public const string ApplicationIdType = "applicationIdType";
    public const string WorkerIdType = "workerIdType";
    public const string Cancellation = "cancellation";
    public const string ProcessingFaults = "processingFaults";
    public const string ThrottleSeconds = "throttleSeconds";
    public const string AuthFaultCodes = "authFaultCodes";
    public const string ErasureTask = "erasureTask";

    public const string OAuth = "oauthRefreshToken";
    public const string WsSecurity = "wsSecurity";
    public const string CancelDeletesSession = "deleteSession";
    public const string CancelIgnored = "ignore";
    public const string FaultsRetried = "retry";
    public const string FaultsRejected = "reject";

    public static IReadOnlyList<SettingField> Schema { get; } =
    [
        new SettingField
        {
            Name = BaseUrl, Label = "Workday services host", Kind = SettingKind.Url, Required = true,
            Description = "The tenant's web-services host, e.g. https://wd2-impl-services1.workday.com (implementation) or https://services1.myworkday.com.",
        },
        new SettingField { Name = Tenant, Label = "Tenant", Required = true, Description = "The tenant name as it appears in /ccx/service/{tenant}/." },
        new SettingField
        {
            Name = ApiVersion, Label = "Recruiting API version", Default = "v31.2",
            Description = "The Recruiting web-service version, used in the endpoint path and the request's wd:version attribute (the confirmed WSDL is v31.2).",
        },
        new SettingField
        {
            Name = ServiceUrl, Label = "Recruiting endpoint override", Kind = SettingKind.Url,
            Description = "Leave empty for {host}/ccx/service/{tenant}/Recruiting/{version}; set it for a sandbox or proxy.",
        },
        new SettingField
        {
            Name = TokenUrl, Label = "OAuth token endpoint override", Kind = SettingKind.Url,
            Description = "Leave empty for {host}/ccx/oauth2/{tenant}/token.",
        },
        new SettingField
        {
            Name = AuthMode, Label = "Authentication", Kind = SettingKind.Choice, Default = OAuth,
            Choices = [new SettingChoice(OAuth, "OAuth 2.0 refresh token (API client for integrations)"), new SettingChoice(WsSecurity, "WS-Security user name token (integration system user)")],
        },
        new SettingField { Name = ClientId, Label = "API client id", Description = "OAuth: the client id from Register API Client for Integrations." },
        new SettingField { Name = ClientSecret, Label = "API client secret", Kind = SettingKind.Secret },
        new SettingField
        {
            Name = RefreshToken, Label = "Refresh token", Kind = SettingKind.Secret,
            Description = "OAuth: the integration system user's refresh token. If Workday rotates it, the connector keeps the newest one itself; saving a new one here starts over from it.",
        },
        new SettingField { Name = Username, Label = "Integration system user", Description = "WS-Security: the ISU name; @tenant is added when missing." },
        new SettingField { Name = Password, Label = "ISU password", Kind = SettingKind.Secret },
        new SettingField
        {
            Name = ReferenceMap, Label = "Reference map", Kind = SettingKind.Json, Default = "{}",
            Description = "Panelist values → Workday reference ids: recommendations, criteria (competencies), ratings (proficiency), stages (interview types), defaultInterviewer. See README.",
        },
        new SettingField
        {
            Name = ApplicationIdType, Label = "Job application id type", Default = "Job_Application_ID",
            Description = "The wd:type of the job application ids Panelist holds (WID when they are WIDs).",
        },
        new SettingField { Name = WorkerIdType, Label = "Worker id type", Default = "Employee_ID", Description = "The wd:type of mapped interviewer ids." },
        new SettingField
        {
            Name = Cancellation, Label = "On a cancelled interview", Kind = SettingKind.Choice, Default = CancelDeletesSession,
            Choices = [new SettingChoice(CancelDeletesSession, "Put_Interview with the session marked Delete"), new SettingChoice(CancelIgnored, "Send nothing")],
        },
        new SettingField
        {
            Name = ProcessingFaults, Label = "On a Processing_Fault", Kind = SettingKind.Choice, Default = FaultsRetried,
            Choices = [new SettingChoice(FaultsRetried, "Retry later"), new SettingChoice(FaultsRejected, "Dead-letter")],
        },
        new SettingField
        {
            Name = ThrottleSeconds, Label = "Back-off on a bare 429 (seconds)", Default = "5",
            Description = "Workday publishes no rate limit; a 429 or 503 without Retry-After holds the installation this long.",
        },
        new SettingField
        {
            Name = AuthFaultCodes, Label = "Fault codes that mean refused credentials", Default = "authenticationError",
            Description = "Comma-separated parts of a SOAP faultcode (e.g. SOAP-ENV:Client.authenticationError) that dead-letter as WORKDAY_AUTH_REFUSED instead of being retried.",
        },
        new SettingField
        {
            Name = ErasureTask, Label = "Workday task that purges a candidate",
            Description = "Named in the manual step an erasure records (Workday Recruiting's web service has no operation that erases a candidate); empty names your tenant's candidate data purge in general terms.",
        },
    ];

    public static string Get(IReadOnlyDictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : Schema.Single(f => f.Name == name).Default ?? "";

    public static bool UsesOAuth(IReadOnlyDictionary<string, string> settings) => Get(settings, AuthMode) != WsSecurity;

    public static Uri ServiceUri(IReadOnlyDictionary<string, string> settings) =>
        Override(settings, ServiceUrl) ?? Under(settings, $"ccx/service/{Uri.EscapeDataString(Get(settings, Tenant))}/Recruiting/{Uri.EscapeDataString(Get(settings, ApiVersion))}");

    public static Uri TokenUri(IReadOnlyDictionary<string, string> settings) =>
        Override(settings, TokenUrl) ?? Under(settings, $"ccx/oauth2/{Uri.EscapeDataString(Get(settings, Tenant))}/token");

    public static TimeSpan Throttle(IReadOnlyDictionary<string, string> settings) =>
        TimeSpan.FromSeconds(ParseSeconds(Get(settings, ThrottleSeconds)) ?? 5);

    public static double? ParseSeconds(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 3600 ? seconds : null;

    private static Uri? Override(IReadOnlyDictionary<string, string> settings, string name) =>
        Get(settings, name) is { Length: > 0 } value ? new Uri(value) : null;

    private static Uri Under(IReadOnlyDictionary<string, string> settings, string path)
    {
        var host = Get(settings, BaseUrl);
        return new Uri(new Uri(host.EndsWith('/') ? host : host + "/"), path);
    }
}
