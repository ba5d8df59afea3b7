namespace Panelist.Domain.Audits;

/// <summary>The result of recomputing a chain: valid, or the first entry that does not match.</summary>
public sealed record AuditVerification(
    Guid OrganizationId,
    bool IsValid,
    long EntriesChecked,
    long? FirstBrokenSequence,
    Guid? FirstBrokenEntryId,
    string? Reason)
{
    /// <summary>The sequence of the signed checkpoint the chain was checked against; null when none was given.</summary>
    public long? CheckpointSequence { get; init; }
}
