using GraphQL;
using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Common;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

/// <summary>Payout statements: platform admins see every one, an interviewer their own; clients none (they cover other clients' work).</summary>
public sealed class PayoutStatementQueries : IConnectionSource<PayoutStatement>
{
    private static readonly Role[] Readers = [Role.PlatformAdmin, Role.Interviewer];

    private PayoutStatementQueries()
    {
    }

    public static string Entity => "PayoutStatement";

    public static FilterSpec<PayoutStatement> Filters { get; } = new FilterSpec<PayoutStatement>()
        .Id("interviewerId", "Interviewer", s => s.InterviewerId)
        .Field<PayoutStatus, EnumFilterInputType<PayoutStatusType>>("status", s => s.Status)
        .Code("currency", s => s.Currency, c => c.ToUpperInvariant(), "ISO 4217, in either case.")
        .Field<DateTime, DateTimeFilterInputType>("periodStart", s => s.PeriodStart)
        .Field<DateTime, DateTimeFilterInputType>("dueAt", s => s.DueAt);

    public static SortSpec<PayoutStatement> Sorts { get; } = new SortSpec<PayoutStatement>(s => s.Id)
        .Default("dueAt", s => s.DueAt)
        .Field("dueAt", s => s.DueAt)
        .Field("periodStart", s => s.PeriodStart)
        .Field("createdAt", s => s.CreatedAt);

    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<PayoutStatementQueries, PayoutStatementType, PayoutStatement>("payoutStatements",
            "Payout statements, soonest due first.", Readers, ComplianceAccess.Payouts);

        query.Connection<PayoutStatementQueries, PayoutStatementType, PayoutStatement>("overduePayoutStatements",
            "Statements not paid by their due date (30 days after the first completed interview unless the contract says fewer), most overdue first.", Readers,
            ctx =>
            {
                var now = Clock.Now(ctx.RequestServices!.GetRequiredService<TimeProvider>());
                return ComplianceAccess.Payouts(ctx).Where(s => s.Status != PayoutStatus.Paid && s.DueAt < now);
            });
    }
}
