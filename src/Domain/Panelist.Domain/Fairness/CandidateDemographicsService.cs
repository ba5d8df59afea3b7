using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;

namespace Panelist.Domain.Fairness;

/// <summary>
/// Writes candidates' voluntary demographics: the candidate's own answer from their page, or a client admin's
/// import from the ATS. Each write replaces the candidate's row, sealed under their key. Audit entries say that an
/// answer was recorded and by which route, never what it was (the trail is readable per subject).
/// </summary>
public sealed class CandidateDemographicsService(DomainScope scope, CandidateVault vault) : DomainService(scope)
{
    public const int MaxImportRows = 1000;

    /// <summary>The candidate of <paramref name="interviewId"/> answers on their page (the host acts as the system for the link).</summary>
    public Task<Result<DemographicsImportResult>> RecordSelfIdentifiedAsync(Guid interviewId, DemographicAnswer answer, CancellationToken ct = default) => Run(async () =>
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (Actor.Role is not Role.System)
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, "Only the candidate, on their page, self-identifies.");
        }

        var candidateId = await Db.Interviews.Where(i => i.Id == interviewId).Select(i => i.CandidateId).FirstOrDefaultAsync(ct)
            ?? throw new DomainRuleException(ErrorCodes.NotFound, "No interview with that id exists here.", "interviewId");
        var candidate = Found(await Db.Candidates.FirstOrDefaultAsync(c => c.Id == candidateId, ct), "candidate", "candidateId");
        var replaced = await WriteAsync(candidate, answer, DemographicSource.SelfIdentified, ct);
        Audit.Record("candidate.demographics_recorded", nameof(Candidate), candidate.Id, new { source = DemographicSource.SelfIdentified, interviewId = GlobalIds.Of<Interview>(interviewId) });
        return new DemographicsImportResult(1, replaced ? 1 : 0);
    }, ct);

    /// <summary>A client admin imports the ATS's answers; every candidate must be the organization's and not erased, or nothing is written.</summary>
    public Task<Result<DemographicsImportResult>> ImportAsync(IReadOnlyList<DemographicsImportRow> rows, CancellationToken ct = default) => Run(async () =>
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (Actor.Role is not (Role.PlatformAdmin or Role.ClientAdmin))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, $"The role {ApiNames.Of(Actor.Role)} cannot import demographics.");
        }

        if (rows.Count is 0 or > MaxImportRows)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, $"Import 1 to {MaxImportRows} rows at a time.", "rows");
        }

        var ids = rows.Select(r => r.CandidateId).ToList();
        if (ids.Distinct().Count() != ids.Count)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, "A candidate appears more than once.", "rows");
        }

        var candidates = await Db.Candidates.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var replaced = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (!candidates.TryGetValue(rows[i].CandidateId, out var candidate))
            {
                throw new DomainRuleException(ErrorCodes.NotFound, "No candidate with that id exists here.", $"rows.{i}.candidateId");
            }

            if (candidate.IsErased)
            {
                throw new DomainRuleException(ErrorCodes.CandidateErased, "This candidate was erased; nothing about them is kept.", $"rows.{i}.candidateId");
            }

            replaced += await WriteAsync(candidate, new DemographicAnswer(rows[i].Sex, rows[i].RaceEthnicity), DemographicSource.AtsImport, ct) ? 1 : 0;
        }

        Audit.Record("candidate_demographics.imported", nameof(Organizations.Organization), CurrentOrganization, new { rows = rows.Count, replaced });
        return new DemographicsImportResult(rows.Count, replaced);
    }, ct);

    private async Task<bool> WriteAsync(Candidate candidate, DemographicAnswer answer, DemographicSource source, CancellationToken ct)
    {
        var sealedAnswer = await vault.SealFieldAsync(candidate, CandidateDemographics.Field, answer.Serialize(), ct);
        var row = await Db.CandidateDemographics.FirstOrDefaultAsync(d => d.CandidateId == candidate.Id, ct);
        var existed = row is not null;
        if (row is null)
        {
            row = new CandidateDemographics(candidate.OrganizationId, candidate.Id);
            Db.CandidateDemographics.Add(row);
        }

        row.Replace(sealedAnswer, source);
        return existed;
    }
}
