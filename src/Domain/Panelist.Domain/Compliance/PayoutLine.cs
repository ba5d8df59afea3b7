namespace Panelist.Domain.Compliance;

/// <summary>One completed interview on a payout statement; an interview is paid on one statement only.</summary>
public sealed class PayoutLine
{
    private PayoutLine()
    {
    }

    internal PayoutLine(Guid statementId, Guid interviewId, Guid organizationId, decimal amount, DateTime completedAt)
    {
        // Here, not as an initializer: EF's constructor would generate an id (a system call) for every row it reads.
        Id = Guid.CreateVersion7();
        StatementId = statementId;
        InterviewId = interviewId;
        OrganizationId = organizationId;
        Amount = amount;
        CompletedAt = completedAt;
    }

    public Guid Id { get; private init; }

    public Guid StatementId { get; private set; }

    public Guid InterviewId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public decimal Amount { get; private set; }

    public DateTime CompletedAt { get; private set; }
}
