namespace Panelist.Domain.Interviewers;

/// <summary>Proof that an interviewer was calibrated on a rubric; it lapses at <see cref="ExpiresAt"/>.</summary>
public sealed class Certification
{
    private Certification()
    {
    }

    internal Certification(Guid interviewerId, Guid rubricId, DateTime certifiedAt, DateTime expiresAt)
    {
        // Here, not as an initializer: EF's constructor would generate an id (a system call) for every row it reads.
        Id = Guid.CreateVersion7();
        InterviewerId = interviewerId;
        RubricId = rubricId;
        CertifiedAt = certifiedAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private init; }

    public Guid InterviewerId { get; private set; }

    public Guid RubricId { get; private set; }

    public DateTime CertifiedAt { get; internal set; }

    public DateTime ExpiresAt { get; internal set; }

    public bool IsValidAt(DateTime instant) => CertifiedAt <= instant && instant < ExpiresAt;
}
