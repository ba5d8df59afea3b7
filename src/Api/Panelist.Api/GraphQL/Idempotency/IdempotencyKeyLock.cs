using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Persistence;

namespace Panelist.Api.GraphQL.Idempotency;

/// <summary>
/// Holds a key while its request runs, so a concurrent retry is told "in progress" instead of running a
/// second time. On PostgreSQL a session advisory lock on the request's own connection, which the
/// connection holds open until the response is stored: every replica sees it, and when a process dies its
/// connection closes and the lock goes with it, so a retry after a crash is not blocked. SQLite serves one
/// process, so a lock in memory does the same there.
/// </summary>
public sealed class IdempotencyKeyLock(PanelistDbContext db) : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, byte> Held = new();

    private string? _localKey;
    private long? _advisoryKey;

    /// <summary>False when another request holds the key right now.</summary>
    public async Task<bool> TryAcquireAsync(string scope, string key, CancellationToken ct)
    {
        var name = scope + "\n" + key;
        if (!db.Database.IsNpgsql())
        {
            if (!Held.TryAdd(name, 0))
            {
                return false;
            }

            _localKey = name;
            return true;
        }

        var advisoryKey = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(name)), 0);
        await db.Database.OpenConnectionAsync(ct);
        var acquired = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({advisoryKey}) AS \"Value\"").SingleAsync(ct);
        if (!acquired)
        {
            await db.Database.CloseConnectionAsync();
            return false;
        }

        _advisoryKey = advisoryKey;
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        // Released once: explicitly before the response is written, and again (as a no-op) with the request scope.
        if (_localKey is not null)
        {
            Held.TryRemove(_localKey, out _);
            _localKey = null;
        }

        if (_advisoryKey is { } advisoryKey)
        {
            _advisoryKey = null;
            try
            {
                await db.Database.SqlQuery<bool>($"SELECT pg_advisory_unlock({advisoryKey}) AS \"Value\"").SingleAsync(CancellationToken.None);
            }
            finally
            {
                // A session lock outlives a pooled connection's return: it is released above, or with the session.
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
