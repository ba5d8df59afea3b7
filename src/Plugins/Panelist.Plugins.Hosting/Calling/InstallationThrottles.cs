using System.Collections.Concurrent;

namespace Panelist.Plugins.Hosting.Calling;

/// <summary>
/// This process's view of installation throttles, so that the requests already in flight when the vendor
/// says "wait" stop at once. Other replicas learn it from the installation's <c>ThrottledUntil</c>, which
/// the settlement writes.
/// </summary>
public sealed class InstallationThrottles(TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _until = new();

    public void Hold(Guid installationId, TimeSpan wait)
    {
        var until = time.GetUtcNow() + wait;
        _until.AddOrUpdate(installationId, until, (_, current) => current > until ? current : until);
    }

    /// <summary>How long the installation is still held, or null.</summary>
    public TimeSpan? Remaining(Guid installationId)
    {
        var now = time.GetUtcNow();
        if (!_until.TryGetValue(installationId, out var until))
        {
            return null;
        }

        if (until > now)
        {
            return until - now;
        }

        _until.TryRemove(new KeyValuePair<Guid, DateTimeOffset>(installationId, until));
        return null;
    }
}
