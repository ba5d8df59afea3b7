using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Panelist.Api.Auth;

/// <summary>
/// What was worked out for one bearer token, kept until a given time (never past the token's expiry) and keyed by the
/// SHA-256 of the token's text, so a value is only ever handed back for the exact same token (the keys are not the
/// tokens; a cached value may still hold the validated token in memory, and nothing here is logged or persisted).
/// Bounded: when full it drops what has expired, and everything if that is not enough.
/// </summary>
public sealed class TokenCache<T>(TimeProvider time, int capacity = TokenCache<T>.DefaultCapacity)
    where T : class
{
    public const int DefaultCapacity = 10_000;

    private readonly ConcurrentDictionary<string, (T Value, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public T? Get(string token)
    {
        var key = Key(token);
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (time.GetUtcNow() < entry.Until)
        {
            return entry.Value;
        }

        // Only this expired entry: a fresh one set meanwhile for the same token stays.
        _entries.TryRemove(new KeyValuePair<string, (T Value, DateTimeOffset Until)>(key, entry));
        return null;
    }

    public void Set(string token, T value, DateTimeOffset until)
    {
        if (until <= time.GetUtcNow())
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            Sweep();
        }

        _entries[Key(token)] = (value, until);
    }

    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.Until <= now)
            {
                _entries.TryRemove(new KeyValuePair<string, (T Value, DateTimeOffset Until)>(key, entry));
            }
        }

        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }
    }

    private static string Key(string token) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
