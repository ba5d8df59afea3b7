using System.Globalization;
using System.Text.Json;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Workday;

/// <summary>
/// The installation's map from Panelist values to the tenant's Workday references (ats-apis.md §3.3: "ratings,
/// statuses, competencies and interviewers are tenant-configured references"). Shape:
/// <code>
/// { "recommendations": { "Yes": "wid" | { "type": "Interview_Rating_ID", "id": "YES" }, ... },
///   "criteria": { "&lt;criterion key&gt;": ref }, "ratings": { "3": ref }, "stages": { "&lt;stage id&gt;": ref },
///   "defaultInterviewer": ref }
/// </code>
/// A bare string is a WID. Criteria are competencies, ratings proficiency ratings, stages interview types.
/// </summary>
internal sealed class ReferenceMap
{
    private static readonly string[] Sections = ["recommendations", "criteria", "ratings", "stages", "defaultInterviewer"];

    private ReferenceMap()
    {
    }

    public Dictionary<Recommendation, WorkdayReference> Recommendations { get; } = [];

    public Dictionary<string, WorkdayReference> Criteria { get; } = new(StringComparer.Ordinal);

    public Dictionary<int, WorkdayReference> Ratings { get; } = [];

    public Dictionary<string, WorkdayReference> Stages { get; } = new(StringComparer.Ordinal);

    public WorkdayReference? DefaultInterviewer { get; private set; }

    /// <summary>The map, or the problems with its shape (each naming the JSON path at fault).</summary>
    public static (ReferenceMap? Map, IReadOnlyList<string> Problems) Parse(string json)
    {
        var problems = new List<string>();
        var map = new ReferenceMap();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        }
        catch (JsonException e)
        {
            return (null, [$"is not JSON: {e.Message}"]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, ["must be a JSON object."]);
            }

            foreach (var section in document.RootElement.EnumerateObject())
            {
                switch (section.Name)
                {
                    case "recommendations":
                        ReadSection(section, problems, key => Enum.GetNames<Recommendation>().Contains(key, StringComparer.Ordinal) ? (true, Enum.Parse<Recommendation>(key)) : (false, default),
                            map.Recommendations, $"one of {string.Join(", ", Enum.GetNames<Recommendation>())}");
                        break;
                    case "criteria":
                        ReadSection(section, problems, key => (true, key), map.Criteria, "a criterion key");
                        break;
                    case "ratings":
                        ReadSection(section, problems, key => (int.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n), n), map.Ratings, "a whole number");
                        break;
                    case "stages":
                        ReadSection(section, problems, key => (true, key), map.Stages, "a stage id");
                        break;
                    case "defaultInterviewer":
                        map.DefaultInterviewer = ReadReference(section.Value, "defaultInterviewer", problems, WorkdayReference.Wid);
                        break;
                    default:
                        problems.Add($"has an unknown section '{section.Name}' (known: {string.Join(", ", Sections)}).");
                        break;
                }
            }
        }

        return problems.Count == 0 ? (map, []) : (null, problems);
    }

    private static void ReadSection<TKey>(JsonProperty section, List<string> problems, Func<string, (bool Ok, TKey Key)> key, Dictionary<TKey, WorkdayReference> into, string keyRule)
        where TKey : notnull
    {
        if (section.Value.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"'{section.Name}' must be an object of references.");
            return;
        }

        foreach (var entry in section.Value.EnumerateObject())
        {
            var path = $"{section.Name}.{entry.Name}";
            var (ok, parsed) = key(entry.Name);
            if (!ok)
            {
                problems.Add($"'{path}': the key must be {keyRule}.");
                continue;
            }

            if (ReadReference(entry.Value, path, problems, WorkdayReference.Wid) is { } reference)
            {
                into[parsed] = reference;
            }
        }
    }

    private static WorkdayReference? ReadReference(JsonElement value, string path, List<string> problems, string defaultType)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()):
                return new WorkdayReference(defaultType, value.GetString()!.Trim());
            case JsonValueKind.Object when Text(value, "id") is { } id:
                var type = value.TryGetProperty("type", out _) ? Text(value, "type") : defaultType;
                if (type is null)
                {
                    problems.Add($"'{path}.type' must be a non-empty string (a Workday ID type such as WID or Employee_ID).");
                    return null;
                }

                return new WorkdayReference(type, id);
            default:
                problems.Add($"'{path}' must be a WID string or {{\"type\": \"...\", \"id\": \"...\"}}.");
                return null;
        }
    }

    private static string? Text(JsonElement value, string name) =>
        value.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(p.GetString()) ? p.GetString()!.Trim() : null;
}
