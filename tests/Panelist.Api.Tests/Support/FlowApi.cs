using System.Globalization;
using System.Text.Json;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Organizations;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Support;

/// <summary>
/// What flow tests do over HTTP: send a Relay mutation and expect it to succeed (or to be refused with
/// one payload error), run a query that must answer without errors, and pick values out of the JSON.
/// </summary>
public static class FlowApi
{
    /// <summary>Sends <c>mutation(input: $input) { selection errors }</c>; asserts an empty errors list and returns the payload.</summary>
    public static Task<JsonElement> Ok(this GraphQLClient client, string mutation, object input, string selection) =>
        RelayCalls.OkAsync(client, mutation, input, selection);

    /// <summary>The one payload error of a refused mutation, after checking that its result field is null.</summary>
    public static async Task<JsonElement> Refused(this GraphQLClient client, string mutation, object input, string resultField)
    {
        var payload = await RelayCalls.SendMutationAsync(client, mutation, input, $"{resultField} {{ __typename }}");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(resultField).ValueKind);
        return Assert.Single(payload.GetProperty("errors").EnumerateArray());
    }

    /// <summary>Runs a query that must answer without errors; returns its data.</summary>
    public static Task<JsonElement> Query(this GraphQLClient client, string query, object? variables = null) => RelayCalls.QueryAsync(client, query, variables);

    public static void AssertUserError(JsonElement error, string code, params string[] path)
    {
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.Equal(path, error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }

    /// <summary>The element at a dotted path; numeric segments index arrays (<c>versions.0.number</c>).</summary>
    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            element = int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? element[index]
                : element.TryGetProperty(segment, out var child) ? child : throw new KeyNotFoundException($"No '{segment}' in {element}");
        }

        return element;
    }

    public static string? Str(this JsonElement element, string path) => element.At(path).GetString();

    public static int Number(this JsonElement element, string path) => element.At(path).GetInt32();

    public static decimal Dec(this JsonElement element, string path) => element.At(path).GetDecimal();

    public static bool IsNull(this JsonElement element, string path) => element.At(path).ValueKind == JsonValueKind.Null;

    public static DateTimeOffset Instant(this JsonElement element, string path) =>
        DateTimeOffset.Parse(element.Str(path)!, CultureInfo.InvariantCulture);

    /// <summary>The strings at <paramref name="field"/> of each item of an array.</summary>
    public static List<string?> Each(this JsonElement array, string field) => [.. array.EnumerateArray().Select(e => e.Str(field))];

    /// <summary>id → the string at <paramref name="field"/>, for each node of a connection or list.</summary>
    public static Dictionary<string, string?> ById(this JsonElement nodes, string field) =>
        nodes.EnumerateArray().ToDictionary(n => n.Str("id")!, n => n.Str(field));

    public static Guid DecodeId(string globalId)
    {
        Assert.True(GlobalId.TryDecode(globalId, out _, out var id), globalId);
        return id;
    }

    /// <summary>A fresh client organization, made directly in the database (organizations have no mutation).</summary>
    public static async Task<Guid> CreateOrganizationAsync(TestDatabase database, string name)
    {
        var organization = new Organization($"flow-{System.Guid.NewGuid():N}"[..24], name);
        await using var scope = database.AsSystem(Organization.PlatformId);
        scope.Db.Organizations.Add(organization);
        await scope.Db.SaveChangesAsync();
        return organization.Id;
    }
}
