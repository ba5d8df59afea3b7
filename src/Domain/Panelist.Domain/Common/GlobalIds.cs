using System.Buffers.Text;
using System.Text;

namespace Panelist.Domain.Common;

/// <summary>
/// Opaque Relay ids: base64url of <c>TypeName:uuid</c> (32 hex digits), so any id names its type. The API
/// hands these out; audit summaries write them too, so an auditor can look a subject up with <c>node(id:)</c>.
/// </summary>
public static class GlobalIds
{
    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    /// <summary>The global id of an entity whose class name is its GraphQL type name (<c>Engagement</c>, <c>Interview</c>…).</summary>
    public static string Of<TEntity>(Guid id) => Encode(typeof(TEntity).Name, id);

    /// <summary>True when <paramref name="value"/> is the id of a <paramref name="expectedType"/>: the one check every id input makes.</summary>
    public static bool TryDecodeAs(string? value, string expectedType, out Guid id) =>
        TryDecode(value, out var typeName, out id) && typeName == expectedType;

    public static bool TryDecode(string? value, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        if (string.IsNullOrEmpty(value) || value.Length > 200)
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !Guid.TryParseExact(text[(colon + 1)..], "N", out id))
            {
                return false;
            }

            typeName = text[..colon];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
