using System.Diagnostics;
using System.Text;

namespace Panelist.Benchmarks;

/// <summary>Closed-loop load: N workers send the same request back to back for a fixed time.</summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(HttpClient client, Func<HttpRequestMessage> request, int workers, TimeSpan duration)
    {
        var latencies = new List<double>[workers];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, workers).Select(async w =>
        {
            var mine = latencies[w] = [];
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(request());
                await response.Content.ReadAsByteArrayAsync();
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }).ToList();
        await Task.WhenAll(tasks);
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new LoadResult(all.Count, failures, seconds, Percentile(all, 0.50), Percentile(all, 0.95));
    }

    public static HttpRequestMessage Json(string url, string body, string? token) =>
        new(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
            Headers = { { "Authorization", $"Bearer {token}" } },
        };

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
