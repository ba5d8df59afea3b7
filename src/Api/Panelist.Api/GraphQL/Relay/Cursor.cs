using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Panelist.Api.GraphQL.Errors;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>
/// Opaque cursors: base64url of <c>{"q": query signature, "k": [sort key values]}</c>, a dot, and its
/// HMAC. A cursor only fits the connection and order it came from, unedited; anything else is <c>INVALID_CURSOR</c>.
/// </summary>
public static class Cursor
{
    public static string Encode(string signature, IEnumerable<object?> values, CursorSigner signer)
    {
        var keys = values.Select(Format).ToArray();
        var json = JsonSerializer.SerializeToUtf8Bytes(new CursorPayload(signature, keys));
        return Base64Url.EncodeToString(json) + "." + Base64Url.EncodeToString(signer.Tag(json));
    }

    public static object?[] Decode(string cursor, string signature, IReadOnlyList<Type> types, CursorSigner signer)
    {
        try
        {
            var dot = cursor.IndexOf('.', StringComparison.Ordinal);
            var json = dot > 0 ? Base64Url.DecodeFromChars(cursor.AsSpan(0, dot)) : throw ApiError.InvalidCursor();
            if (!signer.Verify(json, Base64Url.DecodeFromChars(cursor.AsSpan(dot + 1))))
            {
                throw ApiError.InvalidCursor();
            }

            var payload = JsonSerializer.Deserialize<CursorPayload>(json);
            if (payload?.Q != signature || payload.K is null || payload.K.Length != types.Count)
            {
                throw ApiError.InvalidCursor();
            }

            return [.. payload.K.Select((value, i) => Parse(value, types[i]))];
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException or OverflowException or InvalidOperationException)
        {
            throw ApiError.InvalidCursor();
        }
    }

    private static string Format(object? value) => value switch
    {
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? throw new InvalidOperationException("Sort keys are never null."),
    };

    private static object Parse(string value, Type type) =>
        type == typeof(string) ? value
        : type == typeof(Guid) ? Guid.Parse(value, CultureInfo.InvariantCulture)
        : type == typeof(DateTime) ? DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
        : type == typeof(decimal) ? decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture)
        : type == typeof(int) ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture)
        : type == typeof(long) ? long.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"Unsupported sort key type {type}.");

    private sealed record CursorPayload(string Q, string[] K);

    /// <summary>
    /// The connection and its sort keys, hashed: a cursor of one connection or order is refused by another. Kept per text
    /// (every page of a connection has one, and it need not cost a SHA-256 per page); at most 1,024 texts.
    /// </summary>
    internal static string Signature(string connection, IEnumerable<string> keys)
    {
        var text = connection + "|" + string.Join(',', keys);
        if (Signatures.TryGetValue(text, out var known))
        {
            return known;
        }

        var signature = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        return Signatures.Count < 1024 ? Signatures.GetOrAdd(text, signature) : signature;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Signatures = new(StringComparer.Ordinal);
}
