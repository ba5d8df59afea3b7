using System.Text.Json;

namespace Panelist.Testing.Api;

/// <summary>
/// The one implementation of a Relay mutation sent as <c>mutation(input: $input) { selection errors }</c> and of a
/// query that must answer without errors; every test project's helpers call these.
/// </summary>
public static class RelayCalls
{
    /// <summary>Sends the mutation, asserts no GraphQL errors and returns its payload (payload errors included).</summary>
    public static async Task<JsonElement> SendMutationAsync(GraphQLClient client, string mutation, object input, string selection)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(mutation);
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var response = await client.PostAsync($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ {selection} errors {{ code message path }} }} }}", new { input });
        Assert.False(response.HasErrors, $"{mutation}: {response.Body}");
        return response.Data.GetProperty(mutation);
    }

    /// <summary>Sends the mutation and asserts an empty payload errors list; returns the payload.</summary>
    public static async Task<JsonElement> OkAsync(GraphQLClient client, string mutation, object input, string selection)
    {
        var payload = await SendMutationAsync(client, mutation, input, selection);
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, $"{mutation}: {payload}");
        return payload;
    }

    /// <summary>Runs a query that must answer without errors; returns its data.</summary>
    public static async Task<JsonElement> QueryAsync(GraphQLClient client, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.PostAsync(query, variables);
        Assert.False(response.HasErrors, response.Body);
        return response.Data;
    }
}
