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
        // Here, not as an initializer: EF's constructor would generate an id (a system call) for every row it reads.
        Id = Guid.CreateVersion7();
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

    public Guid Id { get; private init; }

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
    public string ComputeHash() => HashOf(PreviousHash, CanonicalJson());

    /// <summary>Fixed field order, invariant formats, microsecond UTC time: the same bytes on every machine and database.</summary>
    public string CanonicalJson() =>
        Canonical(Sequence, OrganizationId, OccurredAt, ActorType, ActorId, ActorRole, Action, SubjectType, SubjectId, Summary, RequestId, PreviousHash);

    /// <summary>The hash of an entry from its previous hash and its canonical JSON.</summary>
    public static string HashOf(string previousHash, string canonicalJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + canonicalJson)));

    /// <summary>
    /// The canonical JSON of an entry's fields. Public so that a writer outside the domain (the benchmark's hand-written
    /// twin) seals entries with exactly the bytes the trail and its verifier use, rather than a copy that could drift.
    /// </summary>
    public static string Canonical(long sequence, Guid organizationId, DateTime occurredAt, ActorType actorType, string actorId, Role actorRole,
        string action, string subjectType, string subjectId, string summary, string requestId, string previousHash)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", sequence);
            json.WriteString("organizationId", organizationId.ToString("D"));
            json.WriteString("occurredAt", occurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("actorType", actorType.ToString());
            json.WriteString("actorId", actorId);
            json.WriteString("actorRole", actorRole.ToString());
            json.WriteString("action", action);
            json.WriteString("subjectType", subjectType);
            json.WriteString("subjectId", subjectId);
            json.WriteString("summary", summary);
            json.WriteString("requestId", requestId);
            json.WriteString("previousHash", previousHash);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
