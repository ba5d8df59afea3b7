using System.Text.Json;
using System.Text.Json.Nodes;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Integrations.Lever;

/// <summary>
/// How a scorecard fills the installation's Lever feedback template: criterion key → field id, the recommendation's
/// field and the template value for each of our five recommendations, and an optional field for the summary.
/// Lever's value format for score fields is not documented, so the values are the admin's, sent as given.
/// </summary>
internal sealed record FieldMapping(IReadOnlyDictionary<string, string> Ratings, string? RecommendationField,
    IReadOnlyDictionary<Recommendation, JsonNode> RecommendationValues, string? SummaryField)
{
    private static readonly string[] TopLevel = ["ratings", "recommendation", "summary"];

    /// <summary>The mapping, or the problems with its shape (each a sentence an admin can act on).</summary>
    public static (FieldMapping? Mapping, IReadOnlyList<string> Problems) Parse(string json)
    {
        var problems = new List<string>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            return (null, [$"it is not JSON ({e.Message})"]);
        }

        if (root is not JsonObject obj)
        {
            return (null, ["it must be a JSON object with \"ratings\", \"recommendation\" and/or \"summary\""]);
        }

        problems.AddRange(obj.Select(p => p.Key).Where(k => !TopLevel.Contains(k)).Select(k => $"\"{k}\" is not a mapping key (use ratings, recommendation, summary)"));
        var ratings = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (obj["ratings"])
        {
            case null:
                break;
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    if (FieldId(value) is { } field)
                    {
                        ratings[key] = field;
                    }
                    else
                    {
                        problems.Add($"ratings.{key} must be a Lever field id (a non-blank string)");
                    }
                }

                break;
            default:
                problems.Add("\"ratings\" must be an object of criterion key → Lever field id");
                break;
        }

        string? recommendationField = null;
        var values = new Dictionary<Recommendation, JsonNode>();
        switch (obj["recommendation"])
        {
            case null:
                break;
            case JsonObject recommendation:
                recommendationField = FieldId(recommendation["field"]);
                if (recommendationField is null)
                {
                    problems.Add("recommendation.field must be a Lever field id (a non-blank string)");
                }

                if (recommendation["values"] is JsonObject given)
                {
                    foreach (var name in Enum.GetNames<Recommendation>())
                    {
                        if (given[name] is JsonValue value)
                        {
                            values[Enum.Parse<Recommendation>(name)] = value.DeepClone();
                        }
                        else
                        {
                            problems.Add($"recommendation.values.{name} is missing (one template value for each of {string.Join(", ", Enum.GetNames<Recommendation>())})");
                        }
                    }

                    problems.AddRange(given.Select(p => p.Key).Where(k => !Enum.GetNames<Recommendation>().Contains(k))
                        .Select(k => $"recommendation.values.{k} is not a recommendation"));
                }
                else
                {
                    problems.Add("recommendation.values must be an object of recommendation → template value");
                }

                break;
            default:
                problems.Add("\"recommendation\" must be an object with \"field\" and \"values\"");
                break;
        }

        var summaryField = obj["summary"] is null ? null : FieldId(obj["summary"]);
        if (obj["summary"] is not null && summaryField is null)
        {
            problems.Add("\"summary\" must be a Lever field id (a non-blank string)");
        }

        if (problems.Count == 0 && ratings.Count == 0 && recommendationField is null && summaryField is null)
        {
            problems.Add("it maps no field");
        }

        return problems.Count > 0 ? (null, problems) : (new FieldMapping(ratings, recommendationField, values, summaryField), []);
    }

    /// <summary>The <c>fieldValues</c> of a feedback form for the scorecard; criteria the mapping leaves out are only in the note.</summary>
    public JsonArray FieldValues(ScorecardEvent scorecard, bool ratingsAsText)
    {
        var fields = new JsonArray();
        foreach (var rating in scorecard.Ratings)
        {
            if (Ratings.TryGetValue(rating.CriterionKey, out var field))
            {
                JsonNode value = ratingsAsText ? JsonValue.Create(rating.Rating.ToString(System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(rating.Rating);
                fields.Add(new JsonObject { ["id"] = field, ["value"] = value });
            }
        }

        if (RecommendationField is { } recommendationField && RecommendationValues.TryGetValue(scorecard.Recommendation, out var recommendation))
        {
            fields.Add(new JsonObject { ["id"] = recommendationField, ["value"] = recommendation.DeepClone() });
        }

        if (SummaryField is { } summaryField)
        {
            fields.Add(new JsonObject { ["id"] = summaryField, ["value"] = scorecard.Summary });
        }

        return fields;
    }

    private static string? FieldId(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
