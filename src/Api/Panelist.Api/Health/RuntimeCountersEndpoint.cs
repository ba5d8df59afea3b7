using System.Diagnostics;

namespace Panelist.Api.Health;

/// <summary>
/// <c>GET /diagnostics/runtime</c>: the process's allocated bytes (all threads, since start), collection counts, CPU
/// time and the methods the JIT has compiled, for the benchmark's per-request figures and its warm-up (which waits for
/// the JIT to go quiet). Off unless <c>Diagnostics:RuntimeCounters</c> is true: the numbers
/// say nothing about a caller, but a production API has no reason to serve them.
/// </summary>
public static class RuntimeCountersEndpoint
{
    public const string Setting = "Diagnostics:RuntimeCounters";

    public const string Path = "/diagnostics/runtime";

    public static IEndpointRouteBuilder MapRuntimeCounters(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, () =>
        {
            using var process = Process.GetCurrentProcess();
            return Results.Json(new
            {
                allocatedBytes = GC.GetTotalAllocatedBytes(precise: true),
                gen0 = GC.CollectionCount(0),
                gen1 = GC.CollectionCount(1),
                gen2 = GC.CollectionCount(2),
                cpuMilliseconds = process.TotalProcessorTime.TotalMilliseconds,
                jitCompiledMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false),
            });
        });
        return app;
    }
}
