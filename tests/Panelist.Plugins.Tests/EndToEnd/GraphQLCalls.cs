using System.Text.Json;
using Panelist.Testing.Api;

namespace Panelist.Plugins.Tests.EndToEnd;

/// <summary>Relay mutations that must succeed and queries that must answer without errors, over the real HTTP endpoint.</summary>
internal static class GraphQLCalls
{
    /// <summary>Sends <c>mutation(input: $input) { selection errors }</c>; asserts an empty errors list and returns the payload.</summary>
    public static async Task<JsonElement> Ok(this GraphQLClient client, string mutation, object input, string selection)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await client.PostAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} errors {{ code message path }} }} }}", new { input });
        Assert.False(response.HasErrors, $"{mutation}: {response.Body}");
        var payload = response.Data.GetProperty(mutation);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"{mutation}: {payload}");
        return payload;
    }

    public static async Task<JsonElement> Query(this GraphQLClient client, string query, object? variables = null)
    {
        var response = await client.PostAsync(query, variables);
        Assert.False(response.HasErrors, response.Body);
        return response.Data;
    }

    /// <summary>The string at a dotted path (<c>interview.id</c>).</summary>
    public static string Str(this JsonElement element, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            element = element.GetProperty(segment);
        }

        return element.GetString()!;
    }
}
