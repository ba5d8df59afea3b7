using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Panelist.Api.Auth;
using Panelist.Domain.Common;

namespace Panelist.Benchmarks;

/// <summary>
/// What N API replicas on one PostgreSQL give: the throughput of a read query and of a mutation with 1, 2 and 3 API
/// processes (Release, Production settings, the demo data in a fresh database), the same closed-loop client load spread
/// round-robin over them, and where the CPU went (each API process, PostgreSQL's backends and background processes,
/// this client). On a machine with few cores every process competes for the same cores, so the figures show what
/// replicas cost and where the bottleneck sits, not how they scale on separate machines.
/// Usage: dotnet run -c Release --project tests/Panelist.Benchmarks -- replicas --postgres "Host=…;Database=postgres"
///   [--replicas 1,2,3] [--workers 8] [--seconds 10]
/// </summary>
public static class ReplicaBenchmark
{
    private const string Read =
        "{ engagements(first: 10) { nodes { id title status interviews(first: 10) { nodes { id status requestedAt cost } } } } }";

    private const string Mutation =
        "mutation($input: RequestInterviewInput!) { requestInterview(input: $input) { interview { id } errors { code message } } }";

    private static readonly bool[] ReadsThenMutations = [true, false];

    private static readonly (string, string)[] Settings =
    [
        ("Limits__RequestsPerWindow", "100000000"),
        ("Dispatcher__Enabled", "false"),
        ("Logging__LogLevel__Microsoft.AspNetCore.DataProtection", "Error"),
    ];

    public static async Task<int> RunAsync(string postgres, string[] args)
    {
        var counts = BenchmarkProgram.Arg(args, "--replicas", "1,2,3").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var workers = int.Parse(BenchmarkProgram.Arg(args, "--workers", "8"), CultureInfo.InvariantCulture);
        var seconds = int.Parse(BenchmarkProgram.Arg(args, "--seconds", "10"), CultureInfo.InvariantCulture);
        var database = await BenchDatabases.FreshAsync(postgres, "replicas");
        await SeedAsync(database);
        var organization = await BenchDatabases.ScalarAsync<Guid>(database, """SELECT "Id" FROM "Organizations" WHERE "Slug" = 'acme'""");
        var token = new TokenIssuer(Options.Create(new AuthOptions { SigningKey = ApiProcess.SigningKey }), TimeProvider.System)
            .Issue("bench:replicas", Role.Recruiter, organization, "acme", null);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Replicas benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores shared by the client (this process), every API
            process and PostgreSQL. {workers} closed-loop workers in all, round-robin over the replicas; {seconds} s per run after 3 s of warm-up.
            Demo data in a fresh database; {string.Join(", ", Settings.Select(s => s.Item1 + "=" + s.Item2))}.
            CPU columns: cores used on average during the run (CPU seconds / wall seconds) by the API processes together, PostgreSQL
            (this database's backends and the server's background processes) and the client.

            | scenario | replicas | requests | req/s | p50 ms | p95 ms | failures | API cores | PostgreSQL cores | client cores | PostgreSQL share |
            |---|---|---|---|---|---|---|---|---|---|---|
            """));
        // Every read run comes before any mutation: the mutations add interviews to one engagement, which the read lists.
        foreach (var (reads, count) in ReadsThenMutations.SelectMany(r => counts.Select(c => (r, c))))
        {
            var replicas = new List<ApiProcess>();
            try
            {
                var urls = new List<string>();
                for (var i = 0; i < count; i++)
                {
                    var port = Ports.Free();
                    replicas.Add(await ApiProcess.StartAsync(database, port, Settings));
                    urls.Add($"http://127.0.0.1:{port}/graphql");
                }

                using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 });
                var engagement = await OpenEngagementAsync(http, urls[0], token);
                var next = 0;
                string Url() => urls[(int)((uint)Interlocked.Increment(ref next) % (uint)urls.Count)];
                var readBody = JsonSerializer.Serialize(new { query = Read });
                var made = 0;
                string MutationBody() => JsonSerializer.Serialize(new
                {
                    query = Mutation,
                    variables = new { input = new { engagementId = engagement, candidate = new { name = "Replica bench", email = $"replica{Interlocked.Increment(ref made)}@example.com" } } },
                });

                if (reads)
                {
                    await MeasureAsync("read: engagements with interviews", () => LoadGenerator.Json(Url(), readBody, token));
                }
                else
                {
                    var interviewsBefore = await BenchDatabases.ScalarAsync<long>(database, """SELECT count(*) FROM "Interviews" """);
                    var requests = await MeasureAsync("mutation: requestInterview", () => LoadGenerator.Json(Url(), MutationBody(), token));
                    var committed = await BenchDatabases.ScalarAsync<long>(database, """SELECT count(*) FROM "Interviews" """) - interviewsBefore;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"|  | {count} | requestInterview committed {committed} interviews for {requests} measured requests (the rest were warm-up) |  |  |  |  |  |  |  |  |"));
                }

                async Task<int> MeasureAsync(string name, Func<HttpRequestMessage> request)
                {
                    await LoadGenerator.RunAsync(http, request, workers, TimeSpan.FromSeconds(3));
                    var apiPids = replicas.Select(r => r.Id).ToList();
                    var postgresPids = await CpuTime.PostgresProcessesAsync(database);
                    var (apiBefore, pgBefore, clientBefore) = (CpuTime.Sample(apiPids), CpuTime.Sample(postgresPids), Process.GetCurrentProcess().TotalProcessorTime);
                    var result = await LoadGenerator.RunAsync(http, request, workers, TimeSpan.FromSeconds(seconds));
                    var postgresAfter = CpuTime.Sample(postgresPids.Concat(await CpuTime.PostgresProcessesAsync(database)));
                    var api = CpuTime.Spent(apiBefore, CpuTime.Sample(apiPids)) / result.Seconds;
                    var pg = CpuTime.Spent(pgBefore, postgresAfter) / result.Seconds;
                    var client = (Process.GetCurrentProcess().TotalProcessorTime - clientBefore).TotalSeconds / result.Seconds;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {name} | {count} | {result.Requests} | {result.PerSecond:0} | {result.P50Ms:0.0} | {result.P95Ms:0.0} | {result.Failures} | {api:0.00} | {pg:0.00} | {client:0.00} | {pg / (api + pg + client):P0} |"));
                    return result.Requests;
                }
            }
            finally
            {
                foreach (var replica in replicas)
                {
                    await replica.DisposeAsync();
                }
            }
        }

        return 0;
    }

    private static async Task SeedAsync(string database)
    {
        var command = ApiProcess.Command(database, "seed");
        (command.RedirectStandardOutput, command.RedirectStandardError) = (true, true);
        using var seed = Process.Start(command)!;
        var output = seed.StandardOutput.ReadToEndAsync();
        var errors = seed.StandardError.ReadToEndAsync();
        await seed.WaitForExitAsync();
        if (seed.ExitCode != 0)
        {
            throw new InvalidOperationException("Seeding the demo data failed:\n" + await output + await errors);
        }
    }

    /// <summary>An engagement that takes interviews: the one of an interview still open in the demo data.</summary>
    private static async Task<string> OpenEngagementAsync(HttpClient http, string url, string token)
    {
        using var request = LoadGenerator.Json(url, JsonSerializer.Serialize(new
        {
            query = "{ interviews(first: 1, where: { status: { in: [REQUESTED, SCHEDULED] } }) { nodes { engagement { id } } } }",
        }), token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("data").GetProperty("interviews").GetProperty("nodes")[0].GetProperty("engagement").GetProperty("id").GetString()!;
    }
}
