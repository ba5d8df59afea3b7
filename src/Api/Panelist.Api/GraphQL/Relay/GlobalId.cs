using System.Buffers.Text;
using System.Text;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>Opaque Relay ids: base64url of <c>TypeName:uuid</c>, so any id names its type for <c>node(id:)</c>.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

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
