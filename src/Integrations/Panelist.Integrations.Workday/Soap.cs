using System.Globalization;
using System.Xml.Linq;

namespace Panelist.Integrations.Workday;

/// <summary>
/// SOAP 1.1 envelopes for the Recruiting web service (namespace <c>urn:com.workday/bsvc</c>, every request carrying
/// <c>wd:version</c>; ats-apis.md §3.2) and the small builders the requests share.
/// </summary>
internal static class Soap
{
    public static readonly XNamespace Env = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Wd = "urn:com.workday/bsvc";
    private static readonly XNamespace Wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private const string PasswordText = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";

    /// <summary>The envelope around one request; with a user name token in the header for WS-Security installations.</summary>
    public static XDocument Envelope(XElement request, (string User, string Password)? usernameToken)
    {
        var envelope = new XElement(Env + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soapenv", Env),
            new XAttribute(XNamespace.Xmlns + "wd", Wd));
        if (usernameToken is { } token)
        {
            envelope.Add(new XElement(Env + "Header",
                new XElement(Wsse + "Security", new XAttribute(XNamespace.Xmlns + "wsse", Wsse),
                    new XElement(Wsse + "UsernameToken",
                        new XElement(Wsse + "Username", token.User),
                        new XElement(Wsse + "Password", new XAttribute("Type", PasswordText), token.Password)))));
        }

        envelope.Add(new XElement(Env + "Body", request));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), envelope);
    }

    public static XElement Request(string operation, string version, params object?[] content) =>
        new(Wd + $"{operation}_Request", new XAttribute(Wd + "version", version), content);

    public static XElement Reference(string element, WorkdayReference reference) =>
        new(Wd + element, new XElement(Wd + "ID", new XAttribute(Wd + "type", reference.Type), reference.Id));

    public static XElement? OptionalReference(string element, WorkdayReference? reference) => reference is null ? null : Reference(element, reference);

    public static XElement Time(string element, DateTimeOffset at) =>
        new(Wd + element, at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    /// <summary>The WID of the first <paramref name="element"/> reference in a response body, or null.</summary>
    public static string? WidOf(XElement body, string element) =>
        body.Descendants(Wd + element).Elements(Wd + "ID")
            .FirstOrDefault(id => (string?)id.Attribute(Wd + "type") == WorkdayReference.Wid)?.Value.Trim() is { Length: > 0 } wid ? wid : null;
}
