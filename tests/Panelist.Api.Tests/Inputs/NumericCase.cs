using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Panelist.Testing.Api;

namespace Panelist.Api.Tests.Inputs;

/// <summary>One numeric input of one mutation: a valid input to start from, the field to vary (dotted, list items by index) and its range.</summary>
public sealed record NumericCase(string Mutation, string Field, NumericRange Range, GraphQLClient Client, Func<object> Input)
{
    /// <summary>Absent rather than null: one input builder serves mutations with and without an optional field.</summary>
    private static readonly JsonSerializerOptions WithoutNulls = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The input field as the schema names it, without list indexes: <c>createEngagement.requiredSkills.minLevel</c>.</summary>
    public string Key => $"{Mutation}.{string.Join('.', Field.Split('.').Where(s => !IsIndex(s, out _)))}";

    public string Leaf => Field.Split('.')[^1];

    /// <summary>The valid input with <see cref="Field"/> replaced by a raw JSON value.</summary>
    public JsonObject InputWith(string rawJson)
    {
        var input = JsonSerializer.SerializeToNode(Input(), WithoutNulls)!.AsObject();
        JsonNode node = input;
        var segments = Field.Split('.');
        foreach (var segment in segments[..^1])
        {
            node = IsIndex(segment, out var index) ? node[index]! : node[segment]!;
        }

        node.AsObject()[segments[^1]] = JsonNode.Parse(rawJson);
        return input;
    }

    private static bool IsIndex(string segment, out int index) => int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out index);
}
