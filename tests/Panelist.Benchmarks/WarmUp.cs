namespace Panelist.Benchmarks;

/// <summary>
/// Load until the serving process has reached steady state, so that the measured run sees neither the JIT's
/// tier-up nor its compiler competing for the two cores. Two signals, both required: the JIT has gone quiet (at
/// most <see cref="QuietJitMethods"/> methods compiled in the last round) and the last three rounds agree on CPU per
/// request within 10 %. CPU agreement alone was not enough: rounds agreed while tier-up was still under way, and a
/// search measured 4.1 ms of API CPU per request after such a warm-up and 2.5 ms over a 70 s run. At least 5 rounds of
/// 2 s, at most <see cref="MaxRounds"/>; a process that never goes quiet (code compiled per request) is reported.
/// </summary>
internal static class WarmUp
{
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(2);
    private const int MinRounds = 5;
    private const int MaxRounds = 60;
    private const double Agreement = 0.10;
    private const long QuietJitMethods = 3;

    /// <summary>The rounds taken and the methods the JIT compiled in the last of them.</summary>
    public static async Task<(int Rounds, long LastRoundJitMethods)> UntilSteadyAsync(HttpClient http, Func<HttpRequestMessage> request, int workers,
        int pid, string baseUrl)
    {
        var rounds = new List<double>();
        long compiled = 0;
        while (rounds.Count < MaxRounds)
        {
            var before = await ProcessCounters.ReadAsync(http, pid, baseUrl);
            var result = await LoadGenerator.RunAsync(http, request, workers, Round);
            var after = await ProcessCounters.ReadAsync(http, pid, baseUrl);
            rounds.Add(before.PerRequest(after, result.Requests).CpuMsPerRequest);
            compiled = after.JitCompiledMethods - before.JitCompiledMethods;
            var last = rounds.TakeLast(3).ToList();
            if (rounds.Count >= MinRounds && compiled <= QuietJitMethods && last.Max() - last.Min() <= Agreement * last.Min())
            {
                break;
            }
        }

        return (rounds.Count, compiled);
    }
}
