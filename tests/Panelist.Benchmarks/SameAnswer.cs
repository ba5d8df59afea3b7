using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Panelist.Benchmarks;

/// <summary>Before measuring: both endpoints must return the same JSON (numbers compared as decimals, instants as instants).</summary>
internal static class SameAnswer
{
    public static async Task AssertAsync(HttpClient http, Scenario scenario, string graphqlUrl, string twinUrl, string body, string token)
    {
        using var graphql = await http.SendAsync(LoadGenerator.Json(graphqlUrl, body, token));
        using var twin = await http.SendAsync(LoadGenerator.Json(twinUrl, body, token));
        var left = JsonNode.Parse(await graphql.Content.ReadAsStringAsync());
        var right = JsonNode.Parse(await twin.Content.ReadAsStringAsync());
        if (graphql.StatusCode != HttpStatusCode.OK || twin.StatusCode != HttpStatusCode.OK || !Same(left, right))
        {
            throw new InvalidOperationException($"{scenario.Name}: the GraphQL and twin answers differ.\nGraphQL: {left}\ntwin: {right}");
        }

        var size = left!.ToJsonString().Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario.Name}: same answer from both ({size} characters)"));
    }

    private static bool Same(JsonNode? a, JsonNode? b) => (a, b) switch
    {
        (null, null) => true,
        (JsonObject x, JsonObject y) => x.Count == y.Count && x.All(p => y.ContainsKey(p.Key) && Same(p.Value, y[p.Key])),
        (JsonArray x, JsonArray y) => x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second)),
        (JsonValue x, JsonValue y) when x.TryGetValue<decimal>(out var m) && y.TryGetValue<decimal>(out var n) => m == n,
        (JsonValue x, JsonValue y) when DateTime.TryParse(x.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var m)
            && DateTime.TryParse(y.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var n) => m.ToUniversalTime() == n.ToUniversalTime(),
        (JsonValue x, JsonValue y) => x.ToJsonString() == y.ToJsonString(),
        _ => false,
    };
}
