using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Panelist.Benchmarks;

/// <summary>
/// A process's CPU time (user + system, from <c>/proc/&lt;pid&gt;/stat</c>, measured from outside) and its allocated
/// bytes (<c>GC.GetTotalAllocatedBytes</c>, served by the process at <c>/diagnostics/runtime</c>), read before and
/// after a run to give the cost per request; and the methods its JIT has compiled, which the warm-up watches.
/// </summary>
internal sealed record ProcessCounters(double CpuMilliseconds, long AllocatedBytes, long JitCompiledMethods)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ: 100 on every Linux ABI .NET runs on.

    public static async Task<ProcessCounters> ReadAsync(HttpClient http, int pid, string baseUrl)
    {
        var fields = (await File.ReadAllTextAsync($"/proc/{pid}/stat")).Split(") ")[1].Split(' ');
        // After "pid (comm) ": state is field 3, utime 14 and stime 15 (1-based), so indexes 11 and 12 here.
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        var runtime = await http.GetFromJsonAsync<JsonElement>(new Uri(baseUrl + Panelist.Api.Health.RuntimeCountersEndpoint.Path));
        return new ProcessCounters(ticks * 1000 / TicksPerSecond, runtime.GetProperty("allocatedBytes").GetInt64(),
            runtime.GetProperty("jitCompiledMethods").GetInt64());
    }

    public (double CpuMsPerRequest, double KbPerRequest) PerRequest(ProcessCounters after, int requests) =>
        requests == 0 ? (double.NaN, double.NaN)
            : ((after.CpuMilliseconds - CpuMilliseconds) / requests, (after.AllocatedBytes - AllocatedBytes) / 1024.0 / requests);
}
