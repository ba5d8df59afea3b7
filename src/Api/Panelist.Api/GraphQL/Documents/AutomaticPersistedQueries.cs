using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Panelist.Api.GraphQL.Documents;

/// <summary>
/// Apollo APQ's hash → text store. It lives in this replica's memory only: each replica learns a hash
/// from the first request that brings the text, and a miss (another replica, an eviction, a restart)
/// costs the client one round trip with the text. Nothing here needs to be shared or durable.
/// </summary>
public sealed class AutomaticPersistedQueries(IOptions<DocumentOptions> options) : IDisposable
{
    private readonly MemoryCache _texts = new(new MemoryCacheOptions { SizeLimit = options.Value.AutomaticPersistedQueryChars });

    public string? Find(string hash) => _texts.TryGetValue(hash, out string? text) ? text : null;

    /// <summary>Stores a text whose hash the caller has verified.</summary>
    public void Store(string hash, string text) =>
        _texts.Set(hash, text, new MemoryCacheEntryOptions { Size = Math.Max(1, text.Length) });

    public void Dispose() => _texts.Dispose();
}
