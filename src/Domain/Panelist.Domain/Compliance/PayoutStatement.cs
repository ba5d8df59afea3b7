using Panelist.Domain.Common;

namespace Panelist.Domain.Compliance;

/// <summary>
/// What the platform owes one interviewer for one period in one currency: the sum of the interviews they
/// completed in it. Pending → Approved → Paid. Each interview must be paid within the contract's term
/// (30 days by default) of its completion, so the earliest one sets the statement's due date.
/// </summary>
public sealed class PayoutStatement : Entity
{
    private readonly List<PayoutLine> _lines = [];

    private PayoutStatement()
        : base(default(FromStore))
    {
    }

    internal PayoutStatement(Guid interviewerId, DateTime periodStart, DateTime periodEnd, string currency, int paymentDueDays)
    {
        InterviewerId = interviewerId;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Currency = currency;
        PaymentDueDays = paymentDueDays;
        Status = PayoutStatus.Pending;
    }

    public Guid InterviewerId { get; private set; }

    public DateTime PeriodStart { get; private set; }

    /// <summary>Exclusive.</summary>
    public DateTime PeriodEnd { get; private set; }

    public string Currency { get; private set; } = "";

    public decimal Amount { get; private set; }

    public int InterviewCount { get; private set; }

    public int PaymentDueDays { get; private set; }

    public DateTime FirstCompletedAt { get; private set; }

    public DateTime DueAt { get; private set; }

    public PayoutStatus Status { get; private set; }

    public DateTime? ApprovedAt { get; private set; }

    public DateTime? PaidAt { get; private set; }

    public string? PaymentReference { get; private set; }

    public IReadOnlyList<PayoutLine> Lines => _lines;

    /// <summary>Whole days from the first completed interview to payment (or to <paramref name="now"/> while unpaid).</summary>
    public int DaysToPay(DateTime now) => (int)Math.Floor(((PaidAt ?? now) - FirstCompletedAt).TotalDays);

    /// <summary>Unpaid past the due date.</summary>
    public bool IsOverdueAt(DateTime now) => Status != PayoutStatus.Paid && now > DueAt;

    /// <summary>Null until paid; then whether payment came by the due date.</summary>
    public bool? PaidOnTime => PaidAt is { } paid ? paid <= DueAt : null;

    internal void Add(Guid interviewId, Guid organizationId, decimal amount, DateTime completedAt)
    {
        _lines.Add(new PayoutLine(Id, interviewId, organizationId, amount, completedAt));
        Amount += amount;
        InterviewCount++;
        FirstCompletedAt = _lines.Min(l => l.CompletedAt);
        DueAt = FirstCompletedAt.AddDays(PaymentDueDays);
    }

    public void Approve(DateTime now)
    {
        Move(PayoutStatus.Pending, PayoutStatus.Approved);
        ApprovedAt = now;
    }

    public void MarkPaid(string? reference, DateTime now)
    {
        Move(PayoutStatus.Approved, PayoutStatus.Paid);
        PaymentReference = Guard.Optional(reference, "paymentReference", 200);
        PaidAt = now;
    }

    private void Move(PayoutStatus from, PayoutStatus to)
    {
        if (Status != from)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTransition, $"A payout statement cannot go from {ApiNames.Of(Status)} to {ApiNames.Of(to)}.", "status");
        }

        Status = to;
    }
}
