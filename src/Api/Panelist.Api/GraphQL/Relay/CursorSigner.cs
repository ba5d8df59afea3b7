using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Panelist.Api.Auth;

namespace Panelist.Api.GraphQL.Relay;

/// <summary>
/// Signs cursors (HMAC-SHA256, truncated to 128 bits) with a key derived from the token signing key,
/// so every replica accepts the others' cursors and an edited cursor is INVALID_CURSOR, not a new query.
/// </summary>
public sealed class CursorSigner(IOptions<AuthOptions> auth)
{
    private readonly byte[] _key = HMACSHA256.HashData(auth.Value.KeyBytes(), Encoding.UTF8.GetBytes("panelist:cursor:v1"));

    public byte[] Tag(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(_key, payload)[..16];

    public bool Verify(ReadOnlySpan<byte> payload, ReadOnlySpan<byte> tag) => CryptographicOperations.FixedTimeEquals(Tag(payload), tag);
}
