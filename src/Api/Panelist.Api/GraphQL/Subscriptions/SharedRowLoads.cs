using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Panelist.Domain.Changes;

namespace Panelist.Api.GraphQL.Subscriptions;

/// <summary>
/// One load of a changed row serves every subscriber who sees rows the same way (same field, role,
/// organization and interviewer): a change heard by 10,000 subscribers costs one query per audience,
/// not one per subscriber. Loads run at most <see cref="MaxConcurrentLoads"/> at a time, so a fan-out
/// waits here instead of exhausting the connection pool. Entries live as long as the notice itself.
/// </summary>
public sealed class SharedRowLoads : IDisposable
{
    public const int MaxConcurrentLoads = 16;

    private readonly ConditionalWeakTable<ChangeNotice, ConcurrentDictionary<string, Lazy<Task<object?>>>> _loads = [];
    private readonly SemaphoreSlim _gate = new(MaxConcurrentLoads);

    /// <summary>How many loads actually ran (for tests and diagnostics).</summary>
    public long LoadsRun => Interlocked.Read(ref _loadsRun);

    private long _loadsRun;

    public Task<object?> LoadAsync(ChangeNotice notice, string audience, Func<Task<object?>> load) =>
        _loads.GetValue(notice, _ => new ConcurrentDictionary<string, Lazy<Task<object?>>>(StringComparer.Ordinal))
            .GetOrAdd(audience, _ => new Lazy<Task<object?>>(() => GatedAsync(load))).Value;

    private async Task<object?> GatedAsync(Func<Task<object?>> load)
    {
        await _gate.WaitAsync();
        try
        {
            Interlocked.Increment(ref _loadsRun);
            return await load();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
