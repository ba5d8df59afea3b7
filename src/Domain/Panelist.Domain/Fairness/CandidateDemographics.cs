using Panelist.Domain.Common;

namespace Panelist.Domain.Fairness;

/// <summary>
/// A candidate's voluntary demographics, kept apart from interviews and scorecards: one row per candidate, the
/// answer sealed under the candidate's own data key (field <see cref="Field"/>), so only the aggregate calculator
/// (which holds the key ring) can read it, and erasure — which destroys the key and deletes this row — leaves
/// nothing. No GraphQL type exposes a row.
/// </summary>
public sealed class CandidateDemographics : Entity, ITenantOwned
{
    public const string Field = "demographics";

    private CandidateDemographics()
        : base(default(FromStore))
    {
    }

    internal CandidateDemographics(Guid organizationId, Guid candidateId)
    {
        OrganizationId = organizationId;
        CandidateId = candidateId;
    }

    public Guid OrganizationId { get; private set; }

    public Guid CandidateId { get; private set; }

    public string Ciphertext { get; private set; } = "";

    public DemographicSource Source { get; private set; }

    internal void Replace(string ciphertext, DemographicSource source)
    {
        Ciphertext = ciphertext;
        Source = source;
    }
}
