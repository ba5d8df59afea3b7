using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Panelist.Domain.Common;

namespace Panelist.Domain.Audits;

/// <summary>
/// One link of an organization's tamper-evident trail: who did or saw what, when. The hash covers the
/// previous entry's hash and this entry's canonical JSON, so editing any stored entry breaks the chain there.
/// </summary>
public sealed class AuditEntry : ITenantOwned
{
    private AuditEntry()
    {
    }

    internal AuditEntry(Guid organizationId, DateTime occurredAt, Actor actor, string action, string subjectType, string subjectId, string summary, string requestId)
    {
        OrganizationId = organizationId;
        OccurredAt = occurredAt;
        ActorType = actor.Type;
        ActorId = actor.Id;
        ActorRole = actor.Role;
        Action = action;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Summary = summary;
        RequestId = requestId;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; private set; }

    /// <summary>1, 2, 3… within the organization's chain.</summary>
    public long Sequence { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public ActorType ActorType { get; private set; }

    public string ActorId { get; private set; } = "";

    public Role ActorRole { get; private set; }

    /// <summary>What happened, as <c>subject.verb</c>: <c>scorecard.submitted</c>, <c>candidate.viewed</c>.</summary>
    public string Action { get; private set; } = "";

    public string SubjectType { get; private set; } = "";

    public string SubjectId { get; private set; } = "";

    /// <summary>The change as JSON with personal data and secrets left out.</summary>
    public string Summary { get; private set; } = "{}";

    public string RequestId { get; private set; } = "";

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    internal void Seal(long sequence, string previousHash)
    {
        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>SHA-256 (hex) over the previous hash and the canonical JSON of this entry.</summary>
    public string ComputeHash()
    {
        var bytes = Encoding.UTF8.GetBytes(PreviousHash + CanonicalJson());
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Fixed field order, invariant formats, microsecond UTC time: the same bytes on every machine and database.</summary>
    public string CanonicalJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", Sequence);
            json.WriteString("organizationId", OrganizationId.ToString("D"));
            json.WriteString("occurredAt", OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("actorType", ActorType.ToString());
            json.WriteString("actorId", ActorId);
            json.WriteString("actorRole", ActorRole.ToString());
            json.WriteString("action", Action);
            json.WriteString("subjectType", SubjectType);
            json.WriteString("subjectId", SubjectId);
            json.WriteString("summary", Summary);
            json.WriteString("requestId", RequestId);
            json.WriteString("previousHash", PreviousHash);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
