using System.Reflection;
using System.Text.Json;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;
using static Panelist.Api.GraphQL.Relay.GlobalId;

namespace Panelist.Api.Tests.Inputs;

/// <summary>
/// Property-style: every numeric input of every mutation (found by introspection, so a new one needs a
/// case here) gets extreme values over real HTTP. Each answer is a documented code: a GraphQL engine
/// code for what the scalar cannot hold, the range's own domain code for a number outside its documented
/// range, success or a documented domain code inside it; never INTERNAL or a database error. A refusal
/// stores nothing.
/// </summary>
public sealed class ExtremeNumberTests
{
    private static readonly string[] Extremes =
    [
        "0", "-1", "1", "0.5", "1e-9", "0.00001", "60", "1000000000", "1000000000.0001", "9e14", "1e15", "1e20",
        "79228162514264337593543950335", "1e30", "2147483647", "-2147483648", "2147483648", "\"NaN\"", "\"Infinity\"", "\"-1e15\"",
    ];

    /// <summary>The README's engine codes for a variable the scalar cannot hold.</summary>
    private static readonly HashSet<string> EngineCodes = ["INVALID_VALUE", "BAD_USER_INPUT"];

    private static readonly HashSet<string> DomainCodes = [.. typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_numeric_mutation_input_answers_extreme_values_with_documented_codes_and_a_refusal_stores_nothing(DatabaseProvider provider)
    {
        await using var world = await NumericInputWorld.CreateAsync(provider);
        using var platform = world.Api.ClientAs(Role.PlatformAdmin, Organization.PlatformId);
        using var admin = world.Api.ClientAs(Role.ClientAdmin, world.OrganizationId);
        using var interviewer = world.Api.ClientAs(Role.Interviewer, null, world.AssignedInterviewerId);
        var cases = NumericCases.For(world, platform, admin, interviewer);

        Assert.Equal(await NumericInputsAsync(platform), cases.Select(c => c.Key).Distinct().Order(StringComparer.Ordinal));
        var failures = new List<string>();
        var stored = await world.FingerprintAsync();
        foreach (var numeric in cases)
        {
            // Out-of-range values first, while the state still lets the range be what refuses them.
            foreach (var raw in Extremes.OrderBy(v => numeric.Range.Classify(v) == ValueKind.InRange))
            {
                var (refused, broken) = await CheckAsync(numeric, raw);
                var now = await world.FingerprintAsync();
                failures.AddRange(broken);
                if (refused && now != stored)
                {
                    failures.Add($"{numeric.Key} = {raw}: refused, yet something was stored");
                }

                stored = now;
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answers broke the contract:\n{string.Join('\n', failures)}");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task CreateEngagement_with_a_literal_budget_cap_of_1e15_is_INVALID_AMOUNT_on_budgetCap(DatabaseProvider provider)
    {
        await using var world = await NumericInputWorld.CreateAsync(provider);
        using var admin = world.Api.ClientAs(Role.ClientAdmin, world.OrganizationId);
        var before = await world.FingerprintAsync();

        var response = await admin.PostAsync($$"""
            mutation { createEngagement(input: { rubricVersionId: "{{Encode("RubricVersion", world.PublishedVersionId)}}", title: "Big",
              pricing: { model: PER_INTERVIEW, currency: "USD", budgetCap: 1e15 }, serviceLevel: { scheduleWithinDays: 5, feedbackWithinHours: 48 },
              weeklyCapacity: 5, startsAt: "{{world.Now:O}}" }) { engagement { id } errors { code path } } }
            """);

        Assert.False(response.HasErrors, response.Body);
        var error = Assert.Single(response.Data.GetProperty("createEngagement").GetProperty("errors").EnumerateArray());
        Assert.Equal(("INVALID_AMOUNT", "budgetCap"), (error.GetProperty("code").GetString(), error.GetProperty("path").EnumerateArray().Last().GetString()));
        Assert.Equal(before, await world.FingerprintAsync());
    }

    /// <summary>Sends one value; says whether it was refused and how the answer broke the contract, if it did.</summary>
    private static async Task<(bool Refused, List<string> Broken)> CheckAsync(NumericCase numeric, string raw)
    {
        var kind = numeric.Range.Classify(raw);
        var inputType = char.ToUpperInvariant(numeric.Mutation[0]) + numeric.Mutation[1..] + "Input";
        var response = await numeric.Client.PostAsync(
            $"mutation($input: {inputType}!) {{ {numeric.Mutation}(input: $input) {{ errors {{ code message path }} }} }}", new { input = numeric.InputWith(raw) });
        var what = $"{numeric.Key} = {raw} ({kind})";
        var failures = new List<string>();
        bool refused;
        if (response.HasErrors)
        {
            refused = true;
            if (!response.ErrorCodes.All(EngineCodes.Contains) || kind is ValueKind.InRange or ValueKind.OutOfRange)
            {
                failures.Add($"{what}: GraphQL errors {string.Join(",", response.ErrorCodes)}: {Trim(response.Body)}");
            }
        }
        else
        {
            var errors = response.Data.GetProperty(numeric.Mutation).GetProperty("errors").EnumerateArray().ToList();
            refused = errors.Count > 0;
            var codes = errors.Select(e => e.GetProperty("code").GetString()!).ToList();
            var leaves = errors.Select(e => e.GetProperty("path") is { ValueKind: JsonValueKind.Array } p ? p.EnumerateArray().Last().ToString() : null).ToList();
            if (!codes.All(DomainCodes.Contains))
            {
                failures.Add($"{what}: undocumented payload codes {string.Join(",", codes)}");
            }
            else if (kind == ValueKind.OutOfRange && !(codes is [var code] && code == numeric.Range.Code && leaves[0] == numeric.Leaf))
            {
                failures.Add($"{what}: expected {numeric.Range.Code} on {numeric.Leaf}, got [{string.Join(",", codes)}] on [{string.Join(",", leaves)}]");
            }
            else if (kind == ValueKind.InRange && codes.Contains(numeric.Range.Code) && leaves.Contains(numeric.Leaf))
            {
                failures.Add($"{what}: a documented value was refused with {numeric.Range.Code}");
            }
            else if (kind is ValueKind.NotANumber or ValueKind.BeyondScalar && !refused)
            {
                failures.Add($"{what}: accepted");
            }
        }

        return (refused, failures);
    }

    /// <summary>Every Int, Float or Decimal field reachable from a mutation's input, as <c>mutation.field.subfield</c>.</summary>
    private static async Task<List<string>> NumericInputsAsync(GraphQLClient client)
    {
        var response = await client.PostAsync("""
            { __schema { mutationType { fields { name args { name type { ...T } } } } types { name kind inputFields { name type { ...T } } } } }
            fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
            """);
        Assert.False(response.HasErrors, response.Body);
        var schema = response.Data.GetProperty("__schema");
        var inputs = schema.GetProperty("types").EnumerateArray().Where(t => t.GetProperty("kind").GetString() == "INPUT_OBJECT")
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("inputFields").EnumerateArray().ToList());
        var found = new List<string>();
        foreach (var mutation in schema.GetProperty("mutationType").GetProperty("fields").EnumerateArray())
        {
            foreach (var arg in mutation.GetProperty("args").EnumerateArray())
            {
                Walk(mutation.GetProperty("name").GetString()!, arg.GetProperty("type"), inputs, found, depth: 0);
            }
        }

        return [.. found.Distinct().Order(StringComparer.Ordinal)];
    }

    private static void Walk(string path, JsonElement type, Dictionary<string, List<JsonElement>> inputs, List<string> found, int depth)
    {
        while (type.GetProperty("name").ValueKind == JsonValueKind.Null)
        {
            type = type.GetProperty("ofType");
        }

        var name = type.GetProperty("name").GetString()!;
        if (name is "Int" or "Float" or "Decimal" or "Long" or "BigInt" or "Short" or "UInt" or "ULong" or "Byte")
        {
            found.Add(path);
        }
        else if (inputs.TryGetValue(name, out var fields) && depth < 5)
        {
            foreach (var field in fields)
            {
                Walk($"{path}.{field.GetProperty("name").GetString()}", field.GetProperty("type"), inputs, found, depth + 1);
            }
        }
    }

    private static string Trim(string body) => body.Length > 300 ? body[..300] : body;
}
