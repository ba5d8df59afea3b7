using System.Text.RegularExpressions;
using System.Xml.Linq;
using Newtonsoft.Json.Linq;
using WireMock.Logging;

namespace Panelist.Plugins.Tests.Snapshots;

/// <summary>
/// The requests a fake received, made comparable across runs for a snapshot: method, path, query, the headers a vendor
/// reads (credentials masked to their scheme), and the body parsed (JSON) or indented line by line (SOAP, with the
/// WS-Security password masked). Ids that change every run (GUIDs) become <c>&lt;id-N&gt;</c>, numbered in order of
/// appearance, so that the same id keeps the same placeholder. Token-endpoint calls are left out: they belong to the
/// credential, not to the event.
/// </summary>
internal sealed partial class VendorRequests
{
    private static readonly string[] Headers = ["Authorization", "On-Behalf-Of", "Content-Type", "SOAPAction"];
    private readonly Dictionary<string, string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private int _seen;

    /// <summary>The requests received since the last call, normalized.</summary>
    public List<object> Since(IReadOnlyList<ILogEntry> all)
    {
        var fresh = all.Skip(_seen).ToList();
        _seen = all.Count;
        return [.. fresh.Select(e => e.RequestMessage).Where(r => !r.Path.EndsWith("/token", StringComparison.Ordinal)).Select(Normalize)];
    }

    private object Normalize(WireMock.IRequestMessage request)
    {
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Headers)
        {
            if (request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault() is { } value)
            {
                headers[name] = name == "Authorization" ? value.Split(' ')[0] + " ***" : Ids(value);
            }
        }

        return new { method = request.Method, path = Ids(request.Path), query = Ids(request.RawQuery ?? ""), headers, body = Body(request.Body) };
    }

    private object? Body(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        if (body.TrimStart().StartsWith('<'))
        {
            var xml = XDocument.Parse(body);
            foreach (var password in xml.Descendants().Where(e => e.Name.LocalName == "Password"))
            {
                password.Value = "***";
            }

            return Ids(xml.Root!.ToString()).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        }

        return JToken.Parse(Ids(body));
    }

    private string Ids(string text) => Guid().Replace(text, m =>
    {
        var key = m.Value.Replace("-", "", StringComparison.Ordinal);
        if (!_ids.TryGetValue(key, out var placeholder))
        {
            _ids[key] = placeholder = $"<id-{_ids.Count + 1}>";
        }

        return placeholder;
    });

    [GeneratedRegex("[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
