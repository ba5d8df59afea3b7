using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Compliance;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Compliance;

/// <summary>The world's interviewer earns 150 USD per completed interview on acme's engagement.</summary>
public sealed class PayoutStatementTests
{
    private static readonly DateTime PeriodStart = DomainWorld.Day(0, 0);
    private static readonly DateTime PeriodEnd = DomainWorld.Day(30, 0);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_statement_sums_the_completed_interviews_of_the_period_per_currency_and_nothing_else(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await world.CompletedInterviewAsync(DomainWorld.Day(1));
        await world.CompletedInterviewAsync(DomainWorld.Day(2));
        var noShow = await world.ScheduleInterviewAsync(DomainWorld.Day(3));
        await world.ScheduleInterviewAsync(DomainWorld.Day(20));
        world.Clock.SetUtcNow(DomainWorld.Day(3, 12));
        await using (var recruiter = world.AsRecruiter())
        {
            ResultAssert.Succeeds(await recruiter.Get<InterviewService>().MarkNoShowAsync(noShow, candidateMissing: true));
        }

        await using (var platform = world.AsPlatform())
        {
            ResultAssert.Succeeds(await platform.Get<InterviewerService>().SetRateCardAsync(world.InterviewerId, new RateCard("EUR", 100m, 90m)));
        }

        var euro = await world.AddEngagementAsync(world.Details(currency: "EUR"));
        await world.CompletedInterviewAsync(DomainWorld.Day(4), euro);
        world.Clock.SetUtcNow(DomainWorld.Day(31));

        await using var scope = world.AsPlatform();
        var payouts = scope.Get<PayoutService>();
        var usd = ResultAssert.Succeeds(await payouts.CreateAsync(world.InterviewerId, PeriodStart, PeriodEnd, "USD"));
        var eur = ResultAssert.Succeeds(await payouts.CreateAsync(world.InterviewerId, PeriodStart, PeriodEnd, "eur"));

        Assert.Equal((300m, 2, "USD"), (usd.Amount, usd.InterviewCount, usd.Currency));
        Assert.Equal((90m, 1, "EUR"), (eur.Amount, eur.InterviewCount, eur.Currency));
        Assert.Equal(PayoutStatus.Pending, usd.Status);
        Assert.Equal(DomainWorld.Day(1, 11).AddDays(30), usd.DueAt);
        ResultAssert.Refuses(await payouts.CreateAsync(world.InterviewerId, PeriodStart, PeriodEnd, "USD"), ErrorCodes.PayoutNothingToPay);
        var stored = await scope.Db.PayoutStatements.Include(s => s.Lines).AsNoTracking().SingleAsync(s => s.Id == usd.Id);
        Assert.Equal(300m, stored.Lines.Sum(l => l.Amount));
        Assert.All(stored.Lines, l => Assert.Equal(world.OrganizationId, l.OrganizationId));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Statuses_go_pending_approved_paid_each_audited_and_other_moves_are_refused(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        await world.CompletedInterviewAsync(DomainWorld.Day(1));
        await using var scope = world.AsPlatform();
        var payouts = scope.Get<PayoutService>();
        var statement = ResultAssert.Succeeds(await payouts.CreateAsync(world.InterviewerId, PeriodStart, PeriodEnd, "USD"));

        ResultAssert.Refuses(await payouts.MarkPaidAsync(statement.Id, "SEPA-1"), ErrorCodes.InvalidTransition);
        ResultAssert.Succeeds(await payouts.ApproveAsync(statement.Id));
        ResultAssert.Refuses(await payouts.ApproveAsync(statement.Id), ErrorCodes.InvalidTransition);
        world.Clock.SetUtcNow(DomainWorld.Day(12));
        var paid = ResultAssert.Succeeds(await payouts.MarkPaidAsync(statement.Id, "SEPA-1"));
        ResultAssert.Refuses(await payouts.ApproveAsync(statement.Id), ErrorCodes.InvalidTransition);

        Assert.Equal((PayoutStatus.Paid, "SEPA-1", 10, true), (paid.Status, paid.PaymentReference, paid.DaysToPay(world.Now.AddDays(100)), paid.PaidOnTime));
        var actions = (await world.AuditEntriesAsync(Organization.PlatformId)).Where(e => e.SubjectId == statement.Id.ToString()).Select(e => e.Action);
        Assert.Equal(["payout.statement_created", "payout.statement_approved", "payout.statement_paid"], actions);
    }

    [Fact]
    public async Task An_unpaid_statement_is_overdue_the_day_after_30_days_from_the_first_completion()
    {
        await using var world = await DomainWorld.CreateAsync();
        await world.CompletedInterviewAsync(DomainWorld.Day(1));
        await using var scope = world.AsPlatform();
        var statement = ResultAssert.Succeeds(await scope.Get<PayoutService>().CreateAsync(world.InterviewerId, PeriodStart, PeriodEnd, "USD"));

        Assert.False(statement.IsOverdueAt(DomainWorld.Day(31, 11)));
        Assert.True(statement.IsOverdueAt(DomainWorld.Day(31, 12)));
        Assert.Equal(30, statement.DaysToPay(DomainWorld.Day(31, 12)));
    }

    [Fact]
    public async Task The_contract_s_shorter_payment_term_sets_the_due_date()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using (var platform = world.AsPlatform())
        {
            ResultAssert.Succeeds(await platform.Get<FreelanceContractService>().RecordAsync(world.InterviewerId, new ContractTerms(null, world.Now.AddDays(-1), null,
                world.Now.AddDays(-1), "USD", [new("Interview", RateUnit.PerInterview, 150m)], 14)));
        }

        await world.CompletedInterviewAsync(DomainWorld.Day(1));
        await using var scope = world.AsPlatform();
        var statement = ResultAssert.Succeeds(await scope.Get<PayoutService>().CreateAsync(world.InterviewerId, PeriodStart, PeriodEnd, "USD"));

        Assert.Equal(DomainWorld.Day(1, 11).AddDays(14), statement.DueAt);
    }
}
