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
/// Concurrent graphql-transport-ws subscribers on the built API (PostgreSQL, the demo data, a fresh database
/// per run): grows in steps to <c>--max</c>, and at each step fans one HTTP mutation out to all of them,
/// reporting p50/p99 delivery latency and the API's resident memory per subscriber; once with one replica
/// and once with two on the same PostgreSQL (subscribers split between them, the mutation through the
/// first), for <c>interviewUpdated</c> and for <c>metricsUpdated</c> of one shared scope. The ramp stops
/// at the first step where connections fail or the change does not reach everyone, and says why.
/// Usage: dotnet run -c Release --project tests/Panelist.Benchmarks -- subscribers --postgres "Host=…;Database=postgres"
///   [--steps 1000,2000,5000,10000] [--max 10000] [--subscriptions interviewStatus,interviewUpdated,metricsUpdated] [--replicas 1,2]
/// </summary>
public static class SubscriberBenchmark
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Generous limits for the run: every subscribe draws on the one token's request window.</summary>
    private static readonly (string, string)[] Settings =
    [
        ("Limits__RequestsPerWindow", "100000000"),
        ("WebSockets__MaxOperations", "100"),
        ("Dispatcher__Enabled", "false"),
        ("Logging__LogLevel__Microsoft.AspNetCore.DataProtection", "Error"),
    ];

    private static readonly Dictionary<string, (string Query, bool FirstNextConfirms)> Subscriptions = new(StringComparer.Ordinal)
    {
        // With candidate data every delivery appends a candidate.viewed entry to the organization's audit chain.
        ["interviewUpdated"] = ("subscription { interviewUpdated { id status candidate { name } } }", false),
        // The same stream without personal data: what the transport and the shared row loads cost alone.
        ["interviewStatus"] = ("subscription { interviewUpdated { id status scheduledStart } }", false),
        ["metricsUpdated"] = ("subscription { metricsUpdated(scope: {}) { interviewsRequested interviewsByStatus { status count } } }", true),
    };

    public static async Task<int> RunAsync(string postgres, string[] args)
    {
        var max = int.Parse(BenchmarkProgram.Arg(args, "--max", "10000"), CultureInfo.InvariantCulture);
        var steps = BenchmarkProgram.Arg(args, "--steps", "1000,2000,5000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))
            .Append(max).Where(s => s <= max).Distinct().Order().ToArray();
        var subscriptions = BenchmarkProgram.Arg(args, "--subscriptions", "interviewStatus,interviewUpdated,metricsUpdated").Split(',');
        var replicaCounts = BenchmarkProgram.Arg(args, "--replicas", "1,2").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();

        var (soft, hard) = ProcessLimits.RaiseOpenFiles(1_048_576);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Subscribers benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. {Environment.ProcessorCount} cores shared by the client (this process, every
            subscriber) and the API replica(s) and PostgreSQL: the latencies include the client's own work.
            Open files (ulimit -n) raised to soft {soft}, hard {hard}, inherited by the API processes; ephemeral ports {ProcessLimits.EphemeralPorts()}.
            API in Release, Production settings, on PostgreSQL with the demo data (fresh database per run); generous limits by environment:
            {string.Join(", ", Settings.Select(s => s.Item1 + "=" + s.Item2))} (one recruiter token for all subscribers, one operation per socket).
            Client sockets: ClientWebSocket, one connection each, 512-byte receive buffer. Steps: {string.Join(", ", steps)}.

            """));
        Console.WriteLine("| subscription | replicas | subscribers | connect s | connect failures | delivered | p50 ms | p99 ms | max ms | mutation ms | API RSS MB (idle → connected) | KB/subscriber | API fds |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var breaks = new List<string>();
        foreach (var name in subscriptions)
        {
            foreach (var replicas in replicaCounts)
            {
                breaks.Add(await RampAsync(postgres, name, replicas, steps));
            }
        }

        Console.WriteLine();
        breaks.ForEach(Console.WriteLine);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Benchmark process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB."));
        return 0;
    }

    private static async Task<string> RampAsync(string postgres, string name, int replicaCount, int[] steps)
    {
        var database = await BenchDatabases.FreshAsync(postgres, "subscribers");
        var command = ApiProcess.Command(database, "seed");
        (command.RedirectStandardOutput, command.RedirectStandardError) = (true, true);
        using (var seed = Process.Start(command)!)
        {
            // EF logs a failed read of the migrations table of a fresh database; only a failed seed is worth showing.
            var output = seed.StandardOutput.ReadToEndAsync();
            var errors = seed.StandardError.ReadToEndAsync();
            await seed.WaitForExitAsync();
            if (seed.ExitCode != 0)
            {
                throw new InvalidOperationException("Seeding the demo data failed:\n" + await output + await errors);
            }
        }

        var ports = Enumerable.Range(0, replicaCount).Select(_ => Ports.Free()).ToArray();
        var replicas = new List<ApiProcess>();
        try
        {
            foreach (var port in ports)
            {
                replicas.Add(await ApiProcess.StartAsync(database, port, Settings));
            }

            var organization = await BenchDatabases.ScalarAsync<Guid>(database, """SELECT "Id" FROM "Organizations" WHERE "Slug" = 'acme'""");
            var token = new TokenIssuer(Options.Create(new AuthOptions { SigningKey = ApiProcess.SigningKey }), TimeProvider.System)
                .Issue("bench:subscriber", Role.Recruiter, organization, "acme", null);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports[0]}"), Timeout = TimeSpan.FromSeconds(60) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var engagement = await OpenEngagementAsync(http);
            // Warm the replicas (JIT, pools, the bus, the mutation, one fan-out) before the idle memory is read.
            var (query, firstNextConfirms) = Subscriptions[name];
            var addresses = ports.Select(p => new Uri($"ws://127.0.0.1:{p}/graphql")).ToArray();
            using (var warm = new SubscriberSwarm(addresses, token, query, firstNextConfirms))
            {
                await warm.GrowToAsync(replicaCount);
                await Task.Delay(1500);
                await warm.FanOutAsync(() => RequestInterviewAsync(http, engagement, 0), DeliveryTimeout);
            }

            await Task.Delay(1000);
            var idle = replicas.Sum(r => ProcessLimits.ResidentBytes(r.Id));
            using var swarm = new SubscriberSwarm(addresses, token, query, firstNextConfirms);
            var change = 0;
            foreach (var step in steps)
            {
                var (failures, elapsed) = await swarm.GrowToAsync(step);
                // Let the last subscriptions settle, and the metrics' one-a-second pacing pass, before the change.
                await Task.Delay(1500);
                var connected = replicas.Sum(r => ProcessLimits.ResidentBytes(r.Id));
                var fds = string.Join(" + ", replicas.Select(r => ProcessLimits.OpenFiles(r.Id)));
                var fanOut = await swarm.FanOutAsync(() => RequestInterviewAsync(http, engagement, ++change), DeliveryTimeout);
                var failed = failures.Values.Sum();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} | {replicaCount} | {swarm.Count} | {elapsed.TotalSeconds:0.0} | {Describe(failures)} | {fanOut.Delivered}/{fanOut.Live} | {fanOut.Percentile(0.5):0} | {fanOut.Percentile(0.99):0} | {fanOut.Percentile(1):0} | {fanOut.MutationMs:0} | {idle / 1048576.0:0} → {connected / 1048576.0:0} | {(connected - idle) / 1024.0 / Math.Max(1, swarm.Count):0.0} | {fds} |"));
                if (failed > 0 || fanOut.Delivered < fanOut.Live || fanOut.Lost.Count > 0)
                {
                    return $"{name}, {replicaCount} replica(s): broke at the {step} step — {failed} connect failures ({Describe(failures)}), "
                        + $"{fanOut.Live - fanOut.Delivered} not reached within {DeliveryTimeout.TotalSeconds:0} s, sockets ended: {Describe(fanOut.Lost)}.";
                }
            }

            return $"{name}, {replicaCount} replica(s): held every step up to {steps[^1]} subscribers.";
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }

    /// <summary>An engagement that takes interviews: the one of an interview still open in the demo data.</summary>
    private static async Task<string> OpenEngagementAsync(HttpClient http)
    {
        var data = await GraphQLAsync(http, "{ interviews(first: 1, where: { status: { in: [REQUESTED, SCHEDULED] } }) { nodes { engagement { id } } } }", new { });
        return data.GetProperty("interviews").GetProperty("nodes")[0].GetProperty("engagement").GetProperty("id").GetString()!;
    }

    /// <summary>One new interview: an <c>interviewUpdated</c> for the organization and a moved count for its metrics.</summary>
    private static async Task RequestInterviewAsync(HttpClient http, string engagement, int n)
    {
        var data = await GraphQLAsync(http, "mutation($input: RequestInterviewInput!) { requestInterview(input: $input) { errors { code message } } }",
            new { input = new { engagementId = engagement, candidate = new { name = $"Fan-out {n}", email = $"fanout{n}@example.com" } } });
        if (data.GetProperty("requestInterview").GetProperty("errors").GetArrayLength() > 0)
        {
            throw new InvalidOperationException("requestInterview refused: " + data);
        }
    }

    private static async Task<JsonElement> GraphQLAsync(HttpClient http, string query, object variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode || body.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"GraphQL over HTTP failed ({(int)response.StatusCode}): {body}");
        }

        return body.GetProperty("data");
    }

    private static string Describe(Dictionary<string, int> counts) =>
        counts.Count == 0 ? "0" : string.Join("; ", counts.OrderByDescending(c => c.Value).Select(c => $"{c.Value} × {c.Key}"));
}
