using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Panelist.Benchmarks;

/// <summary>
/// Each scenario over HTTP against the API and against its twin: same answer first, then a warm-up and a measured
/// closed-loop run each, reporting p50/p95, throughput, and CPU time and allocations per request of the serving process.
/// </summary>
internal static class ComparisonBenchmark
{
    public static async Task<int> RunAsync(string postgres, string[] args)
    {
        var seconds = int.Parse(BenchmarkProgram.Arg(args, "--seconds", "15"), CultureInfo.InvariantCulture);
        var workers = int.Parse(BenchmarkProgram.Arg(args, "--workers", "4"), CultureInfo.InvariantCulture);
        var only = BenchmarkProgram.Arg(args, "--only", "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        await BenchData.EnsureAsync(postgres, BenchmarkProgram.Arg(args, "--interviewers", "100000"), BenchmarkProgram.Arg(args, "--interviews", "1000000"),
            args.Contains("--existing"));

        var parameters = await BenchParameters.PickAsync(postgres);
        var apiPort = Ports.Free();
        var twinPort = Ports.Free();
        // No deliveries leave the machine: the benchmark's installation only gives scheduleInterview an outbox row to write.
        await using var api = await ApiProcess.StartAsync(postgres, apiPort, ("Diagnostics__RuntimeCounters", "true"), ("Dispatcher__Enabled", "false"));
        await using var twin = await TwinProcess.StartAsync(postgres, parameters.Organization, twinPort);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers * 2 });
        var booking = await BenchScenarios.FirstBookableAsync(http, $"http://127.0.0.1:{apiPort}/graphql", parameters);
        var scenarios = BenchScenarios.All(parameters, booking).Where(s => only.Length == 0 || only.Any(o => s.Name.StartsWith(o, StringComparison.Ordinal))).ToList();
        if (args.Contains("--explain"))
        {
            await QueryPlans.PrintAsync(postgres, scenarios);
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Workers {workers}, {seconds} s per run, {Environment.ProcessorCount} cores, PostgreSQL, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine("| scenario | endpoint | requests | req/s | p50 ms | p95 ms | CPU ms/req | KB alloc/req | PostgreSQL CPU ms/req | load generator CPU ms/req | failures |");
        report.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        var ratios = new List<string>();
        foreach (var scenario in scenarios)
        {
            var body = JsonSerializer.Serialize(new { query = scenario.Query, variables = scenario.Variables });
            var graphqlBase = $"http://127.0.0.1:{apiPort}";
            var twinBase = $"http://127.0.0.1:{twinPort}";
            await SameAnswer.AssertAsync(http, scenario, graphqlBase + "/graphql", twinBase + scenario.TwinPath, body, scenario.Token);
            var results = new Dictionary<string, LoadResult>();
            foreach (var (name, url, baseUrl, pid) in new[] { ("GraphQL", graphqlBase + "/graphql", graphqlBase, api.Id), ("twin", twinBase + scenario.TwinPath, twinBase, twin.Id) })
            {
                var (rounds, jit) = await WarmUp.UntilSteadyAsync(http, () => LoadGenerator.Json(url, body, scenario.Token), workers, pid, baseUrl);
                Console.Error.WriteLine($"{scenario.Name} / {name}: {rounds} warm-up rounds of 2 s, {jit} methods compiled by the JIT in the last");
                var before = await ProcessCounters.ReadAsync(http, pid, baseUrl);
                var postgresPids = await CpuTime.PostgresProcessesAsync(postgres);
                var (postgresBefore, driverBefore) = (CpuTime.Sample(postgresPids), Process.GetCurrentProcess().TotalProcessorTime);
                var result = await LoadGenerator.RunAsync(http, () => LoadGenerator.Json(url, body, scenario.Token), workers, TimeSpan.FromSeconds(seconds));
                var (cpu, kb) = before.PerRequest(await ProcessCounters.ReadAsync(http, pid, baseUrl), result.Requests);
                // On a shared machine the p50 follows all the CPU a request costs: the server's, PostgreSQL's and this load generator's.
                var postgresCpu = CpuTime.Spent(postgresBefore, CpuTime.Sample(postgresPids.Concat(await CpuTime.PostgresProcessesAsync(postgres)))) * 1000 / result.Requests;
                var driverCpu = (Process.GetCurrentProcess().TotalProcessorTime - driverBefore).TotalMilliseconds / result.Requests;
                results[name] = result;
                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| {scenario.Name} | {name} | {result.Requests} | {result.PerSecond:0} | {result.P50Ms:0.0} | {result.P95Ms:0.0} | {cpu:0.00} | {kb:0} | {postgresCpu:0.00} | {driverCpu:0.00} | {result.Failures} |");
            }

            ratios.Add(string.Create(CultureInfo.InvariantCulture,
                $"{scenario.Name}: GraphQL/twin p50 {results["GraphQL"].P50Ms / results["twin"].P50Ms:0.00}×, p95 {results["GraphQL"].P95Ms / results["twin"].P95Ms:0.00}×, throughput {results["GraphQL"].PerSecond / results["twin"].PerSecond:0.00}×"));
        }

        report.AppendLine();
        ratios.ForEach(r => report.AppendLine(r));
        Console.WriteLine(report);
        return 0;
    }
}
