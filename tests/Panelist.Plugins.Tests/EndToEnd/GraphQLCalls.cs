using System.Text.Json;
using Panelist.Testing.Api;

namespace Panelist.Plugins.Tests.EndToEnd;

/// <summary>Relay mutations that must succeed and queries that must answer without errors, over the real HTTP endpoint.</summary>
internal static class GraphQLCalls
{
    public static Task<JsonElement> Ok(this GraphQLClient client, string mutation, object input, string selection) =>
        RelayCalls.OkAsync(client, mutation, input, selection);

    public static Task<JsonElement> Query(this GraphQLClient client, string query, object? variables = null) => RelayCalls.QueryAsync(client, query, variables);

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
