using Panelist.Domain.Idempotency;

namespace Panelist.Api.GraphQL.Idempotency;

/// <summary>The <c>Idempotency-Key</c> request header (Stripe's model, draft-ietf-httpapi-idempotency-key-header).</summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";

    /// <summary>Sent on an answer that is a stored one, not a new execution (Stripe's name).</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>The key, null when absent; or why it is unusable (answered with 400).</summary>
    public static (string? Key, string? Problem) Read(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(Name, out var values))
        {
            return (null, null);
        }

        if (values.Count != 1)
        {
            return (null, $"Send one {Name} header.");
        }

        // The draft sends the key as a structured-field string ("..."); plain tokens are accepted too.
        var key = values[0]!.Trim();
        if (key.Length >= 2 && key[0] == '"' && key[^1] == '"')
        {
            key = key[1..^1];
        }

        if (key.Length is 0 or > IdempotencyRecord.MaxKeyLength)
        {
            return (null, $"{Name} must have 1 to {IdempotencyRecord.MaxKeyLength} characters; a UUID v4 is a good choice.");
        }

        return key.All(c => c is >= '!' and <= '~')
            ? (key, null)
            : (null, $"{Name} may hold visible ASCII characters only (no spaces or control characters).");
    }
}
