using Panelist.Domain.Common;

namespace Panelist.Domain.Candidates;

/// <summary>
/// A person interviewed for a client: a data subject, one per organization, found again by e-mail. The name and
/// e-mail are held only as ciphertexts under the candidate's own key (<see cref="CandidateKey"/>); erasure destroys
/// that key and clears the ciphertexts, so the data is gone from backups too once they age out. Interviews,
/// scorecards and feedback stay, attached to an anonymous, erased candidate.
/// </summary>
public sealed class Candidate : Entity, ITenantOwned
{
    public const string NameField = "name";
    public const string EmailField = "email";

    private Candidate()
        : base(default(FromStore))
    {
    }

    internal Candidate(Guid organizationId, string emailLookup, Guid? id = null)
        : base(id)
    {
        OrganizationId = organizationId;
        EmailLookup = emailLookup;
    }

    public Guid OrganizationId { get; private set; }

    /// <summary>Keyed hash of the e-mail address (<see cref="PersonalDataKeyRing.EmailLookup"/>); null once erased.</summary>
    public string? EmailLookup { get; private set; }

    public string? NameCiphertext { get; private set; }

    public string? EmailCiphertext { get; private set; }

    /// <summary>The client's ATS id for the person: a pseudonymous reference, kept after erasure so connectors can find the record to erase.</summary>
    public string? AtsCandidateId { get; private set; }

    public DateTime? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    internal void Seal(string nameCiphertext, string emailCiphertext, string emailLookup)
    {
        EnsureNotErased();
        NameCiphertext = nameCiphertext;
        EmailCiphertext = emailCiphertext;
        EmailLookup = emailLookup;
    }

    internal void ReferTo(string? atsCandidateId)
    {
        if (!string.IsNullOrWhiteSpace(atsCandidateId))
        {
            AtsCandidateId = Guard.Optional(atsCandidateId, "candidate.atsCandidateId", 100);
        }
    }

    internal void Erase(DateTime now)
    {
        NameCiphertext = null;
        EmailCiphertext = null;
        EmailLookup = null;
        ErasedAt ??= now;
    }

    internal void EnsureNotErased()
    {
        if (IsErased)
        {
            throw new DomainRuleException(ErrorCodes.CandidateErased, "This candidate's personal data was erased; it cannot be changed or used for a new interview.", "candidateId");
        }
    }
}
