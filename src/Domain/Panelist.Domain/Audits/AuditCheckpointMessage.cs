using System.Globalization;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;

namespace Panelist.Domain.Audits;

/// <summary>
/// The bytes a checkpoint signature covers, in a form any Ed25519 library can rebuild from the API's fields:
/// six lines joined by <c>\n</c> (no trailing newline), UTF-8. The organization is its global id and the time is
/// UTC with exactly six fractional digits, so nothing depends on this server's formats or database.
/// </summary>
public static class AuditCheckpointMessage
{
    public const string Version = "panelist-audit-checkpoint-v1";

    public static string Format(Guid organizationId, long sequence, string hash, DateTime signedAt, string keyId) => string.Join('\n',
        Version,
        "organizationId=" + GlobalIds.Of<Organization>(organizationId),
        "sequence=" + sequence.ToString(CultureInfo.InvariantCulture),
        "hash=" + hash,
        "signedAt=" + Clock.Truncate(signedAt).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
        "keyId=" + keyId);
}
