namespace Panelist.Domain.Candidates;

/// <summary>
/// One interview's candidate as it stood in plain text before candidates became encrypted data subjects. The
/// migration cannot encrypt (the master key is not in the database), so it copies these rows out of the
/// interviews and drops the plaintext columns; <see cref="CandidateImport"/> encrypts and deletes them at start.
/// </summary>
public sealed class CandidateImportRow
{
    public Guid InterviewId { get; set; }

    public Guid OrganizationId { get; set; }

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public string? AtsCandidateId { get; set; }
}
