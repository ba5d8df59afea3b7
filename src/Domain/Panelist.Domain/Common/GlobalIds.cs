using System.Buffers.Text;
using System.Text;

namespace Panelist.Domain.Common;

/// <summary>
/// Opaque Relay ids: base64url of <c>TypeName:uuid</c> (32 hex digits), so any id names its type. The API
/// hands these out; audit summaries write them too, so an auditor can look a subject up with <c>node(id:)</c>.
/// </summary>
public static class GlobalIds
{
    /// <summary>Longest id text accepted (a type name of up to 160 characters); ids are decoded on the stack below it.</summary>
    private const int MaxLength = 200;

    // Every id field of every response is encoded and every id argument decoded (100 of each for a nodes page), so both
    // work in stack buffers: one string is allocated for an id made, none for an id read but its type name.
    public static string Encode(string typeName, Guid id)
    {
        var size = Encoding.UTF8.GetMaxByteCount(typeName.Length) + 33;
        Span<byte> text = size <= 256 ? stackalloc byte[size] : new byte[size];
        var length = Encoding.UTF8.GetBytes(typeName, text);
        text[length++] = (byte)':';
        id.TryFormat(text[length..], out var written, "N");
        return Base64Url.EncodeToString(text[..(length + written)]);
    }

    /// <summary>The global id of an entity whose class name is its GraphQL type name (<c>Engagement</c>, <c>Interview</c>…).</summary>
    public static string Of<TEntity>(Guid id) => Encode(typeof(TEntity).Name, id);

    /// <summary>True when <paramref name="value"/> is the id of a <paramref name="expectedType"/>: the one check every id input makes.</summary>
    public static bool TryDecodeAs(string? value, string expectedType, out Guid id) =>
        TryDecode(value, out var typeName, out id) && typeName == expectedType;

    public static bool TryDecode(string? value, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        Span<byte> text = stackalloc byte[Base64Url.GetMaxDecodedLength(MaxLength)];
        if (Base64Url.DecodeFromChars(value, text, out _, out var length) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        text = text[..length];
        var colon = text.IndexOf((byte)':');
        if (colon <= 0 || text.Length - colon - 1 != 32 || !Utf8Parser.TryParse(text[(colon + 1)..], out id, out var parsed, 'N') || parsed != 32)
        {
            id = Guid.Empty;
            return false;
        }

        typeName = TypeNames.Of(text[..colon]);
        return true;
    }

    /// <summary>Type names met in ids, kept as strings so that reading an id allocates none; at most 256, then each is made afresh.</summary>
    private static class TypeNames
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Known = new(StringComparer.Ordinal);

        public static string Of(ReadOnlySpan<byte> utf8)
        {
            Span<char> chars = stackalloc char[utf8.Length];
            var count = Encoding.UTF8.GetChars(utf8, chars);
            var lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(chars[..count], out var known))
            {
                return known;
            }

            var name = new string(chars[..count]);
            return Known.Count < 256 ? Known.GetOrAdd(name, name) : name;
        }
    }
}
