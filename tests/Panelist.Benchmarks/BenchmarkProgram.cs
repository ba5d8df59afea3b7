using System.Globalization;

namespace Panelist.Benchmarks;

/// <summary>
/// GraphQL against its hand-written Npgsql twin, over HTTP, on PostgreSQL with the large data set
/// (<see cref="ComparisonBenchmark"/>). Usage: dotnet run -c Release --project tests/Panelist.Benchmarks --
/// --postgres "Host=…;Database=panelist_bench" [--seconds 15] [--workers 4] [--interviewers 100000] [--interviews 1000000]
/// [--existing] [--explain] [--only name,…]. With <c>deliveries</c> first, measures the delivery pipeline instead
/// (<see cref="DeliveryBenchmark"/>); with <c>subscribers</c>, concurrent WebSocket subscribers and the fan-out of one
/// change (<see cref="SubscriberBenchmark"/>); with <c>replicas</c>, a read and a mutation through 1, 2 and 3 API processes
/// on one PostgreSQL (<see cref="ReplicaBenchmark"/>); <c>twin</c> is the twin's own process, started by the comparison.
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

        return args.FirstOrDefault() switch
        {
            "deliveries" => await DeliveryBenchmark.RunAsync(postgres, int.Parse(Arg(args, "--events", "2000"), CultureInfo.InvariantCulture)),
            "subscribers" => await SubscriberBenchmark.RunAsync(postgres, args),
            "replicas" => await ReplicaBenchmark.RunAsync(postgres, args),
            "twin" => await TwinServer.RunAsync(postgres, Guid.Parse(Arg(args, "--organization", "")), int.Parse(Arg(args, "--port", "0"), CultureInfo.InvariantCulture)),
            _ => await ComparisonBenchmark.RunAsync(postgres, args),
        };
    }

    internal static string Arg(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
