using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Candidates;

/// <summary>
/// The only code that turns candidates' personal data into ciphertext and back. Writes happen inside the caller's
/// unit of work; reads decrypt a batch with one query for the keys. Which candidates a caller may see is decided
/// before they reach here, so the vault reads across the tenant filter by explicit organization and candidate ids
/// (an interviewer's candidates belong to several clients; the start-up import runs as the system).
/// </summary>
public sealed class CandidateVault(PanelistDbContext db, PersonalDataKeyRing keys, TimeProvider time)
{
    /// <summary>The organization's candidate with this e-mail address (not erased), or a new one, sealed with <paramref name="details"/>' name when new.</summary>
    public async Task<Candidate> FindOrCreateAsync(Guid organizationId, CandidateDetails details, CancellationToken ct)
    {
        var (name, email) = Validate(details);
        var lookup = keys.EmailLookup(organizationId, email);
        var existing = db.Candidates.Local.FirstOrDefault(c => c.OrganizationId == organizationId && c.EmailLookup == lookup)
            ?? await db.Candidates.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.OrganizationId == organizationId && c.EmailLookup == lookup, ct);
        if (existing is not null)
        {
            existing.ReferTo(details.AtsCandidateId);
            return existing;
        }

        var candidate = CandidateSeal.Create(db, keys, organizationId, details with { Name = name, Email = email }, null, Clock.Now(time));
        return candidate;
    }

    /// <summary>Corrects a candidate's name and e-mail (a typo, a changed address). Another candidate of the organization already holding that address is refused.</summary>
    public async Task UpdateAsync(Candidate candidate, CandidateDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        candidate.EnsureNotErased();
        var (name, email) = Validate(details);
        var lookup = keys.EmailLookup(candidate.OrganizationId, email);
        if (lookup != candidate.EmailLookup
            && await db.Candidates.IgnoreQueryFilters().AnyAsync(c => c.OrganizationId == candidate.OrganizationId && c.EmailLookup == lookup && c.Id != candidate.Id, ct))
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, "Another candidate of this organization has that e-mail address.", "candidate.email");
        }

        var dataKey = await DataKeyAsync(candidate, ct) ?? throw new DomainRuleException(ErrorCodes.CandidateErased, "This candidate's key is gone.", "candidateId");
        candidate.Seal(PersonalDataCipher.Encrypt(dataKey, candidate.Id, Candidate.NameField, name),
            PersonalDataCipher.Encrypt(dataKey, candidate.Id, Candidate.EmailField, email), lookup);
        candidate.ReferTo(details.AtsCandidateId);
    }

    /// <summary>The decrypted name and e-mail of each candidate that still has them; erased ones are absent.</summary>
    public async Task<IReadOnlyDictionary<Guid, RevealedCandidate>> RevealAsync(IReadOnlyCollection<Candidate> candidates, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ids = candidates.Where(c => !c.IsErased).Select(c => c.Id).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, RevealedCandidate>();
        }

        var wrapped = await db.CandidateKeys.IgnoreQueryFilters().AsNoTracking().Where(k => ids.Contains(k.CandidateId)).ToDictionaryAsync(k => k.CandidateId, k => k.WrappedKey, ct);
        var revealed = new Dictionary<Guid, RevealedCandidate>();
        foreach (var candidate in candidates)
        {
            if (candidate.IsErased || revealed.ContainsKey(candidate.Id) || !wrapped.TryGetValue(candidate.Id, out var key)
                || keys.Unwrap(candidate.Id, key) is not { } dataKey)
            {
                continue;
            }

            var name = candidate.NameCiphertext is { } n ? PersonalDataCipher.Decrypt(dataKey, candidate.Id, Candidate.NameField, n) : null;
            var email = candidate.EmailCiphertext is { } e ? PersonalDataCipher.Decrypt(dataKey, candidate.Id, Candidate.EmailField, e) : null;
            if (name is not null && email is not null)
            {
                revealed[candidate.Id] = new RevealedCandidate(name, email);
            }
        }

        return revealed;
    }

    /// <summary>The organization's candidate holding this address, if any (the look-up is by keyed hash, never by plaintext).</summary>
    public Task<Candidate?> FindByEmailAsync(Guid organizationId, string email, CancellationToken ct)
    {
        var lookup = keys.EmailLookup(organizationId, email);
        return db.Candidates.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.OrganizationId == organizationId && c.EmailLookup == lookup, ct);
    }

    /// <summary>The look-up hash for filters: <c>where: { email: { eq } }</c> matches on it.</summary>
    public string EmailLookup(Guid organizationId, string email) => keys.EmailLookup(organizationId, email);

    /// <summary>Destroys the candidate's key and ciphertexts (crypto-shredding) in the caller's unit of work.</summary>
    public async Task ShredAsync(Candidate candidate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        await db.CandidateKeys.IgnoreQueryFilters().Where(k => k.CandidateId == candidate.Id).ExecuteDeleteAsync(ct);
        candidate.Erase(Clock.Now(time));
    }

    private async Task<byte[]?> DataKeyAsync(Candidate candidate, CancellationToken ct)
    {
        var wrapped = await db.CandidateKeys.IgnoreQueryFilters().Where(k => k.CandidateId == candidate.Id).Select(k => k.WrappedKey).FirstOrDefaultAsync(ct);
        return wrapped is null ? null : keys.Unwrap(candidate.Id, wrapped);
    }

    private static (string Name, string Email) Validate(CandidateDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var name = Guard.Required(details.Name, "candidate.name");
        var email = Guard.Email(details.Email, "candidate.email");
        return (name, email);
    }
}
