using System.Xml;
using System.Xml.Linq;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Http;

namespace Panelist.Integrations.Workday;

/// <summary>
/// Reads Workday's HTTP answer to a SOAP call: the response body element, or the <see cref="DeliveryResult"/> the
/// failure calls for. SOAP faults (HTTP 500 per SOAP 1.1; also read on any status) with a <c>Validation_Fault</c> are
/// permanent; a <c>Processing_Fault</c> follows the installation's setting; other faults, 5xx and timeouts are retried;
/// 429 and 503 go through the SDK's throttle helper (Workday publishes no limit, so a bare one holds for the setting).
/// </summary>
internal static class SoapAnswer
{
    public const int MaxReasonLength = 400;

    public static async Task<(XElement? Body, DeliveryResult? Failure)> ReadAsync(HttpResponseMessage response, IReadOnlyDictionary<string, string> settings,
        string operation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (Throttled(response, settings, now, $"HTTP {status} from Workday {operation}") is { } later)
        {
            return (null, later);
        }

        if (status is 401 or 403)
        {
            return (null, new Rejected("WORKDAY_AUTH_REFUSED", $"Workday refused the credentials for {operation} (HTTP {status}): {Bounded(text)}"));
        }

        var body = BodyOf(text);
        if (body?.Element(Soap.Env + "Fault") is { } fault)
        {
            return (null, FromFault(fault, settings, operation));
        }

        return status switch
        {
            >= 200 and < 300 when body?.Elements().FirstOrDefault() is { } answer => (answer, null),
            >= 200 and < 300 => (null, new RetryLater(null, $"Workday answered {operation} with HTTP {status} but no SOAP body: {Bounded(text)}")),
            408 or >= 500 => (null, new RetryLater(VendorResponse.RetryAfter(response, now), $"HTTP {status} from Workday {operation}: {Bounded(text)}")),
            _ => (null, new Rejected($"HTTP_{status}", $"Workday answered {operation} with HTTP {status}: {Bounded(text)}")),
        };
    }

    /// <summary>A 429 or a 503 (with or without a wait): the SDK's reading, with the installation's back-off where Workday named no time.</summary>
    public static RetryLater? Throttled(HttpResponseMessage response, IReadOnlyDictionary<string, string> settings, DateTimeOffset now, string reason)
    {
        if (VendorResponse.ToRetryLater(response, now, reason) is not { } later)
        {
            return null;
        }

        var named = VendorResponse.RetryAfter(response, now) is not null || VendorResponse.RateLimit(response, now)?.ResetsAt is not null;
        if (named)
        {
            return later;
        }

        var until = now + WorkdaySettings.Throttle(settings);
        return new RetryLater(null, $"{reason} (no Retry-After; held for the installation's back-off)") { ThrottledUntil = until };
    }

    public static string Bounded(string? text)
    {
        var flat = string.IsNullOrWhiteSpace(text) ? "(empty body)" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxReasonLength ? flat : flat[..MaxReasonLength] + "…";
    }

    private static DeliveryResult FromFault(XElement fault, IReadOnlyDictionary<string, string> settings, string operation)
    {
        var faultString = fault.Element("faultstring")?.Value.Trim() ?? "";
        var faultCode = fault.Element("faultcode")?.Value.Trim() ?? "";
        var detail = fault.Element("detail");
        // How Workday words a refused user name token is unconfirmed: the installation says which fault codes mean it.
        var authCodes = WorkdaySettings.Get(settings, WorkdaySettings.AuthFaultCodes).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (authCodes.Any(code => faultCode.Contains(code, StringComparison.OrdinalIgnoreCase)))
        {
            return new Rejected("WORKDAY_AUTH_REFUSED", Bounded($"Workday refused the credentials for {operation}: {faultCode} {faultString}"));
        }

        if (detail?.Descendants(Soap.Wd + "Validation_Fault").FirstOrDefault() is { } validation)
        {
            var errors = validation.Elements(Soap.Wd + "Validation_Error").Select(e =>
            {
                var message = e.Element(Soap.Wd + "Message")?.Value.Trim();
                var xpath = e.Element(Soap.Wd + "Xpath")?.Value.Trim();
                return string.IsNullOrEmpty(xpath) ? message : $"{message} ({xpath})";
            }).Where(m => !string.IsNullOrEmpty(m));
            var said = string.Join("; ", errors);
            return new Rejected("WORKDAY_VALIDATION_FAULT", Bounded($"{operation}: {(said.Length > 0 ? said : faultString)}"));
        }

        if (detail?.Descendants(Soap.Wd + "Processing_Fault").FirstOrDefault() is { } processing)
        {
            var said = Bounded($"{operation}: {processing.Element(Soap.Wd + "Detail_Message")?.Value.Trim() ?? faultString}");
            return WorkdaySettings.Get(settings, WorkdaySettings.ProcessingFaults) == WorkdaySettings.FaultsRejected
                ? new Rejected("WORKDAY_PROCESSING_FAULT", said)
                : new RetryLater(null, $"Workday processing fault: {said}");
        }

        return new RetryLater(null, Bounded($"SOAP fault from Workday {operation}: {faultCode} {faultString}"));
    }

    private static XElement? BodyOf(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader).Root?.Element(Soap.Env + "Body");
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
