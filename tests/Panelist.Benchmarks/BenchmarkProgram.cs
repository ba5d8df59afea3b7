using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Npgsql;
using Panelist.Api.Auth;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;

namespace Panelist.Benchmarks;

/// <summary>
/// GraphQL against its hand-written Npgsql twin, over HTTP, on PostgreSQL with the large data set.
/// Usage: dotnet run -c Release --project tests/Panelist.Benchmarks -- --postgres "Host=…;Database=panelist_bench"
///   [--seconds 15] [--workers 4] [--interviewers 100000] [--interviews 1000000]
/// Generates the data set first when the database is empty. With <c>deliveries</c> first, measures the
/// delivery pipeline instead (<see cref="DeliveryBenchmark"/>); with <c>subscribers</c>, concurrent WebSocket
/// subscribers and the fan-out of one change (<see cref="SubscriberBenchmark"/>); with <c>replicas</c>, a read and a
/// mutation through 1, 2 and 3 API processes on one PostgreSQL (<see cref="ReplicaBenchmark"/>).
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        var postgres = Arg(args, "--postgres", Environment.GetEnvironmentVariable("PANELIST_BENCH_POSTGRES") ?? "");
        if (postgres.Length == 0)
        {
            Console.Error.WriteLine("Pass --postgres <connection string> (or set PANELIST_BENCH_POSTGRES).");
            return 2;
        }

        if (args.Length > 0 && args[0] == "deliveries")
        {
            return await DeliveryBenchmark.RunAsync(postgres, int.Parse(Arg(args, "--events", "2000"), CultureInfo.InvariantCulture));
        }

        if (args.Length > 0 && args[0] == "subscribers")
        {
            return await SubscriberBenchmark.RunAsync(postgres, args);
        }

        if (args.Length > 0 && args[0] == "replicas")
        {
            return await ReplicaBenchmark.RunAsync(postgres, args);
        }

        var seconds = int.Parse(Arg(args, "--seconds", "15"), CultureInfo.InvariantCulture);
        var workers = int.Parse(Arg(args, "--workers", "4"), CultureInfo.InvariantCulture);
        await EnsureDataAsync(postgres, Arg(args, "--interviewers", "100000"), Arg(args, "--interviews", "1000000"));

        var (organization, engagement, interviewIds, slug) = await PickParametersAsync(postgres);
        var apiPort = FreePort();
        var twinPort = FreePort();
        await using var api = await ApiProcess.StartAsync(postgres, apiPort);
        await using var twin = await TwinServer.StartAsync(postgres, organization, twinPort);
        var token = new TokenIssuer(Options.Create(new AuthOptions { SigningKey = ApiProcess.SigningKey }), TimeProvider.System)
            .Issue("bench:recruiter", Role.Recruiter, organization, "acme", null);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 });

        Scenario[] scenarios =
        [
            new("interviewer search page with skills",
                "query($slug: String!) { interviewers(first: 20, where: { skill: { slug: $slug, minLevel: 3 }, status: { eq: ACTIVE } }, order: [{ hourlyRate: ASC }]) { nodes { id name countryCode timeZone rateCard { currency hourlyRate } skills { level skill { slug name } } } } }",
                new { slug }, "/twin/interviewers"),
            new("engagement with its interviews and scorecards",
                "query($id: ID!) { engagement(id: $id) { id title status interviews(first: 50) { nodes { id status requestedAt scheduledStart cost scorecard { weightedScore recommendation } } } } }",
                new { id = GlobalId.Encode("Engagement", engagement) }, "/twin/engagement"),
            new("nodes lookup of 100 ids",
                "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Interview { status cost currency } } }",
                new { ids = interviewIds.Select(i => GlobalId.Encode("Interview", i)).ToArray() }, "/twin/nodes"),
        ];

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Workers {workers}, {seconds} s per run, {Environment.ProcessorCount} cores, PostgreSQL, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine("| scenario | endpoint | requests | req/s | p50 ms | p95 ms | failures |");
        report.AppendLine("|---|---|---|---|---|---|---|");
        var ratios = new List<string>();
        foreach (var scenario in scenarios)
        {
            var body = JsonSerializer.Serialize(new { query = scenario.Query, variables = scenario.Variables });
            var graphqlUrl = $"http://127.0.0.1:{apiPort}/graphql";
            var twinUrl = $"http://127.0.0.1:{twinPort}{scenario.TwinPath}";
            await AssertSameAnswerAsync(http, scenario, graphqlUrl, twinUrl, body, token);
            var results = new Dictionary<string, LoadResult>();
            foreach (var (name, url) in new[] { ("GraphQL", graphqlUrl), ("twin", twinUrl) })
            {
                await LoadGenerator.RunAsync(http, () => LoadGenerator.Json(url, body, token), workers, TimeSpan.FromSeconds(3));
                var result = await LoadGenerator.RunAsync(http, () => LoadGenerator.Json(url, body, token), workers, TimeSpan.FromSeconds(seconds));
                results[name] = result;
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| {scenario.Name} | {name} | {result.Requests} | {result.PerSecond:0} | {result.P50Ms:0.0} | {result.P95Ms:0.0} | {result.Failures} |");
            }

            ratios.Add(string.Create(CultureInfo.InvariantCulture,
                $"{scenario.Name}: GraphQL/twin p50 {results["GraphQL"].P50Ms / results["twin"].P50Ms:0.00}×, p95 {results["GraphQL"].P95Ms / results["twin"].P95Ms:0.00}×, throughput {results["GraphQL"].PerSecond / results["twin"].PerSecond:0.00}×"));
        }

        report.AppendLine();
        ratios.ForEach(r => report.AppendLine(r));
        Console.WriteLine(report);
        return 0;
    }

    private static async Task EnsureDataAsync(string postgres, string interviewers, string interviews)
    {
        var builder = new NpgsqlConnectionStringBuilder(postgres);
        var database = builder.Database!;
        builder.Database = "postgres";
        await using (var admin = new NpgsqlConnection(builder.ConnectionString))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", admin);
            exists.Parameters.AddWithValue("n", database);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
        }

        var clock = Stopwatch.StartNew();
        using var generate = Process.Start(ApiProcess.Command(postgres, "generate", "--interviewers", interviewers, "--interviews", interviews, "--no-audit"))!;
        await generate.WaitForExitAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"data ready in {clock.Elapsed.TotalSeconds:0} s"));
        if (generate.ExitCode != 0)
        {
            throw new InvalidOperationException("Generating the data set failed.");
        }
    }

    private static async Task<(Guid Organization, Guid Engagement, List<Guid> Interviews, string Slug)> PickParametersAsync(string postgres)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        async Task<T> Scalar<T>(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return (T)(await command.ExecuteScalarAsync())!;
        }

        var organization = await Scalar<Guid>("""SELECT "Id" FROM "Organizations" WHERE "Slug" = 'acme'""");
        var engagement = await Scalar<Guid>($"""
            SELECT "EngagementId" FROM "Interviews" WHERE "OrganizationId" = '{organization}' GROUP BY "EngagementId" ORDER BY count(*) DESC LIMIT 1
            """);
        var interviews = new List<Guid>();
        await using (var command = new NpgsqlCommand($"""SELECT "Id" FROM "Interviews" WHERE "OrganizationId" = '{organization}' ORDER BY "Id" LIMIT 100 OFFSET 5000""", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                interviews.Add(reader.GetGuid(0));
            }
        }

        return (organization, engagement, interviews, "kotlin");
    }

    /// <summary>Before measuring: both endpoints must return the same JSON (numbers compared as decimals, instants as instants).</summary>
    private static async Task AssertSameAnswerAsync(HttpClient http, Scenario scenario, string graphqlUrl, string twinUrl, string body, string token)
    {
        using var graphql = await http.SendAsync(LoadGenerator.Json(graphqlUrl, body, token));
        using var twin = await http.SendAsync(LoadGenerator.Json(twinUrl, body, token));
        var left = JsonNode.Parse(await graphql.Content.ReadAsStringAsync());
        var right = JsonNode.Parse(await twin.Content.ReadAsStringAsync());
        if (graphql.StatusCode != HttpStatusCode.OK || !Same(left, right))
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

    private static string Arg(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
