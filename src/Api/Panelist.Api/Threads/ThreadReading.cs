using Panelist.Domain.Candidates;
using Panelist.Domain.Persistence;
using Panelist.Domain.Threads;

namespace Panelist.Api.Threads;

/// <summary>Per request: the candidates each thread's messages may name, loaded once per thread for redaction.</summary>
public sealed class ThreadReading(PanelistDbContext db, CandidateVault vault)
{
    private readonly Dictionary<Guid, IReadOnlyList<CandidateMention>> _candidates = [];

    public async Task<IReadOnlyList<CandidateMention>> CandidatesAsync(ThreadScope thread, CancellationToken ct)
    {
        if (!_candidates.TryGetValue(thread.ThreadId, out var found))
        {
            found = await ThreadAccess.CandidatesAsync(db, vault, thread, ct);
            _candidates[thread.ThreadId] = found;
        }

        return found;
    }

    public static ThreadScope ScopeOf(ThreadMessage message) => new(message.ThreadId, message.OrganizationId, message.EngagementId, message.InterviewId);
}
