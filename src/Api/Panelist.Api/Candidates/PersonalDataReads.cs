using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Candidates;

/// <summary>
/// Collects the candidates whose personal data a request returned, and after the response is built
/// records one <c>candidate.viewed</c> audit entry per candidate in its organization's chain: the candidate's
/// access log.
/// </summary>
public sealed class PersonalDataReads(UnitOfWork unitOfWork, Domain.Audits.AuditTrail audit)
{
    private readonly HashSet<(Guid Organization, Guid Candidate)> _reads = [];

    public void Record(Guid organizationId, Guid candidateId)
    {
        lock (_reads)
        {
            _reads.Add((organizationId, candidateId));
        }
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_reads.Count == 0)
        {
            return;
        }

        var result = await unitOfWork.ExecuteAsync(() =>
        {
            foreach (var (organization, candidate) in _reads)
            {
                audit.Record("candidate.viewed", nameof(Domain.Candidates.Candidate), candidate, null, organization);
            }

            return Task.FromResult(_reads.Count);
        }, ct);
        _reads.Clear();
        _ = result.Unwrap();
    }
}
