using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Interviews;

/// <summary>
/// Collects the candidates whose personal data a request returned, and after the response is built
/// records one <c>candidate.viewed</c> audit entry per interview in its organization's chain.
/// </summary>
public sealed class PersonalDataReads(UnitOfWork unitOfWork, Domain.Audits.AuditTrail audit)
{
    private readonly HashSet<(Guid Organization, Guid Interview)> _reads = [];

    public void Record(Guid organizationId, Guid interviewId)
    {
        lock (_reads)
        {
            _reads.Add((organizationId, interviewId));
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
            foreach (var (organization, interview) in _reads)
            {
                audit.Record("candidate.viewed", "Interview", interview, null, organization);
            }

            return Task.FromResult(_reads.Count);
        }, ct);
        _reads.Clear();
        _ = result.Unwrap();
    }
}
