using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Compliance;

/// <summary>
/// Payout statements: computed from the interviews an interviewer completed in a period, across every
/// client (the platform pays the freelancer), then approved and paid by platform admins.
/// </summary>
public sealed class PayoutService(DomainScope scope) : DomainService(scope)
{
    /// <summary>
    /// The statement for <paramref name="currency"/>: every Completed interview of the period (no-shows and
    /// cancellations earn nothing here) not yet on another statement, at the cost its agreed rate gave it.
    /// </summary>
    public Task<Result<PayoutStatement>> CreateAsync(Guid interviewerId, DateTime periodStart, DateTime periodEnd, string currency, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        var start = Clock.Truncate(Guard.Instant(periodStart, "periodStart"));
        var end = Clock.Truncate(Guard.Instant(periodEnd, "periodEnd"));
        if (end <= start)
        {
            throw new DomainRuleException(ErrorCodes.InvalidTimeRange, "A payout period must end after it starts.", "periodEnd");
        }

        var code = Guard.Currency(currency, "currency");
        await Db.LockForUpdateAsync<Interviewer>(interviewerId, ct);
        Found(await Db.Interviewers.FirstOrDefaultAsync(i => i.Id == interviewerId, ct), "interviewer", "interviewerId");
        var paid = Db.Set<PayoutLine>().Select(l => l.InterviewId);
        var interviews = await Db.Interviews.IgnoreQueryFilters()
            .Where(i => i.InterviewerId == interviewerId && i.Status == InterviewStatus.Completed && i.Currency == code
                && i.CompletedAt >= start && i.CompletedAt < end && !paid.Contains(i.Id))
            .Select(i => new { i.Id, i.OrganizationId, i.Cost, CompletedAt = i.CompletedAt!.Value })
            .ToListAsync(ct);
        if (interviews.Count == 0)
        {
            throw new DomainRuleException(ErrorCodes.PayoutNothingToPay,
                $"The interviewer completed no unpaid interview in {code} in that period.", "periodStart");
        }

        var terms = await Db.FreelanceContracts.Where(c => c.InterviewerId == interviewerId && c.SignedAt < end)
            .OrderByDescending(c => c.Version).Select(c => (int?)c.PaymentDueDays).FirstOrDefaultAsync(ct) ?? FreelanceContract.DefaultPaymentDueDays;
        var statement = new PayoutStatement(interviewerId, start, end, code, terms);
        foreach (var interview in interviews.OrderBy(i => i.CompletedAt))
        {
            statement.Add(interview.Id, interview.OrganizationId, interview.Cost, interview.CompletedAt);
        }

        Db.PayoutStatements.Add(statement);
        await Audit.RecordPlatformAsync("payout.statement_created", nameof(PayoutStatement), statement.Id, new
        {
            interviewerId = GlobalIds.Of<Interviewer>(interviewerId),
            periodStart = start,
            periodEnd = end,
            amount = new Money(statement.Amount, code).ToString(),
            statement.InterviewCount,
            statement.DueAt,
        }, ct);
        return statement;
    }, ct);

    public Task<Result<PayoutStatement>> ApproveAsync(Guid statementId, CancellationToken ct = default) =>
        Move(statementId, "payout.statement_approved", s => s.Approve(Now), ct);

    public Task<Result<PayoutStatement>> MarkPaidAsync(Guid statementId, string? paymentReference, CancellationToken ct = default) =>
        Move(statementId, "payout.statement_paid", s => s.MarkPaid(paymentReference, Now), ct);

    private Task<Result<PayoutStatement>> Move(Guid statementId, string action, Action<PayoutStatement> apply, CancellationToken ct) => Run(async () =>
    {
        RequirePlatformAdmin();
        await Db.LockForUpdateAsync<PayoutStatement>(statementId, ct);
        var statement = Found(await Db.PayoutStatements.FirstOrDefaultAsync(s => s.Id == statementId, ct), "payout statement", "statementId");
        var from = statement.Status;
        apply(statement);
        var now = Now;
        await Audit.RecordPlatformAsync(action, nameof(PayoutStatement), statement.Id,
            new { from, to = statement.Status, daysToPay = statement.DaysToPay(now), overdue = statement.DueAt < now, statement.PaymentReference }, ct);
        return statement;
    }, ct);
}
