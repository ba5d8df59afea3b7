namespace Panelist.Benchmarks;

/// <summary>
/// Load until the serving process's CPU per request has settled, so that the measured run sees steady state and
/// not the JIT's tier-up. On two shared cores a fixed 3 s was not enough: the first scenario of a run measured 4–5×
/// the CPU per request of the same scenario measured later (tier-0 code, and the background compiler competing for
/// the cores), and two early rounds can agree while both are still slow. So: at least 5 rounds of 2 s, then until the
/// last three rounds agree within 10 %, or 60 s at most.
/// </summary>
internal static class WarmUp
{
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(2);
    private const int MinRounds = 5;
    private const int MaxRounds = 30;
    private const double Agreement = 0.10;

    public static async Task<int> UntilSteadyAsync(HttpClient http, Func<HttpRequestMessage> request, int workers, int pid, string baseUrl)
    {
        var rounds = new List<double>();
        while (rounds.Count < MaxRounds)
        {
            var before = await ProcessCounters.ReadAsync(http, pid, baseUrl);
            var result = await LoadGenerator.RunAsync(http, request, workers, Round);
            rounds.Add(before.PerRequest(await ProcessCounters.ReadAsync(http, pid, baseUrl), result.Requests).CpuMsPerRequest);
            var last = rounds.TakeLast(3).ToList();
            if (rounds.Count >= MinRounds && last.Max() - last.Min() <= Agreement * last.Min())
            {
                return rounds.Count;
            }
        }

        return MaxRounds;
    }
}
