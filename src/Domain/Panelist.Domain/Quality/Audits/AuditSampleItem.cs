namespace Panelist.Domain.Quality.Audits;

/// <summary>One interview drawn for audit, with why its interviewer's share was what it was.</summary>
public sealed class AuditSampleItem
{
    private AuditSampleItem()
    {
    }

    public AuditSampleItem(Guid interviewId, Guid interviewerId, AuditSampleReason reason, decimal share, int completedInWindow)
    {
        InterviewId = interviewId;
        InterviewerId = interviewerId;
        Reason = reason;
        Share = share;
        CompletedInWindow = completedInWindow;
    }

    public Guid InterviewId { get; private set; }

    public Guid InterviewerId { get; private set; }

    public AuditSampleReason Reason { get; private set; }

    /// <summary>The share applied to this interviewer.</summary>
    public decimal Share { get; private set; }

    /// <summary>The interviewer's completed interviews in the window, the n the share was taken of.</summary>
    public int CompletedInWindow { get; private set; }
}
