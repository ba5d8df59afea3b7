using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>Opaque Relay ids: base64url of <c>TypeName:uuid</c>, so any id names its type for <c>node(id:)</c>. One encoding, the domain's (<see cref="GlobalIds"/>).</summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id) => GlobalIds.Encode(typeName, id);

    public static bool TryDecode(string? value, out string typeName, out Guid id) => GlobalIds.TryDecode(value, out typeName, out id);

    public static bool TryDecodeAs(string? value, string expectedType, out Guid id) => GlobalIds.TryDecodeAs(value, expectedType, out id);
}
