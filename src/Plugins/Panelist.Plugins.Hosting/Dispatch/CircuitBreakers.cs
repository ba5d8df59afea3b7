using System.Collections.Concurrent;

namespace Panelist.Plugins.Hosting.Dispatch;

/// <summary>
/// One circuit per installation, in this dispatcher's memory: after N failures in a row it opens for a
/// cooldown, during which deliveries are postponed without calling the ATS; then one attempt probes it.
/// </summary>
public sealed class CircuitBreakers(int threshold, TimeSpan cooldown, TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, (int Failures, DateTimeOffset OpenUntil)> _circuits = new();

    /// <summary>How long the circuit stays open, or null when calls may go through.</summary>
    public TimeSpan? OpenFor(Guid installationId)
    {
        var now = time.GetUtcNow();
        return _circuits.TryGetValue(installationId, out var circuit) && circuit.OpenUntil > now ? circuit.OpenUntil - now : null;
    }

    public void Succeeded(Guid installationId) => _circuits.TryRemove(installationId, out _);

    public void Failed(Guid installationId) => _circuits.AddOrUpdate(installationId,
        _ => (1, threshold <= 1 ? time.GetUtcNow() + cooldown : DateTimeOffset.MinValue),
        (_, c) => c.Failures + 1 >= threshold ? (c.Failures + 1, time.GetUtcNow() + cooldown) : (c.Failures + 1, c.OpenUntil));
}
