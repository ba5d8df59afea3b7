using Panelist.Domain.Persistence;

namespace Panelist.Domain.Candidates;

/// <summary>Makes a new encrypted candidate and its wrapped key, added to <paramref name="db"/>: the vault's and the demo seed's one way to create one.</summary>
public static class CandidateSeal
{
    public static Candidate Create(PanelistDbContext db, PersonalDataKeyRing keys, Guid organizationId, CandidateDetails details, Guid? id, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(details);
        var lookup = keys.EmailLookup(organizationId, details.Email);
        var candidate = new Candidate(organizationId, lookup, id);
        var dataKey = PersonalDataKeyRing.NewDataKey();
        candidate.Seal(PersonalDataCipher.Encrypt(dataKey, candidate.Id, Candidate.NameField, details.Name),
            PersonalDataCipher.Encrypt(dataKey, candidate.Id, Candidate.EmailField, PersonalDataKeyRing.Normalize(details.Email)), lookup);
        candidate.ReferTo(details.AtsCandidateId);
        db.Candidates.Add(candidate);
        db.CandidateKeys.Add(new CandidateKey(candidate.Id, organizationId, keys.Wrap(candidate.Id, dataKey), now));
        return candidate;
    }
}
