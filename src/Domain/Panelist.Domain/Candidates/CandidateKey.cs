using Panelist.Domain.Common;

namespace Panelist.Domain.Candidates;

/// <summary>
/// One candidate's data key, wrapped under the master key. Kept in its own table, so that erasure is one row
/// deleted (crypto-shredding) and so that its backups can be kept on a shorter schedule than the rest.
/// </summary>
public sealed class CandidateKey : ITenantOwned
{
    private CandidateKey()
    {
    }

    internal CandidateKey(Guid candidateId, Guid organizationId, string wrappedKey, DateTime createdAt)
    {
        CandidateId = candidateId;
        OrganizationId = organizationId;
        WrappedKey = wrappedKey;
        CreatedAt = createdAt;
    }

    public Guid CandidateId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string WrappedKey { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
}
