using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

/// <summary>The freelancer compliance ledger's changes: platform admins only.</summary>
public static class ComplianceMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<ClassificationRecordType, RecordClassificationInput, ClassificationRecord>("recordClassification", "classification",
            "Records a classification decision by a legal test with each factor's evidence; it supersedes the current one for the jurisdiction.", Roles.PlatformAdmin,
            (ctx, i) => ctx.Service<ClassificationService>().RecordAsync(InterviewerId(i.InterviewerId), i.Jurisdiction, i.Test,
                [.. i.Factors.Select(f => new ClassificationFactor(f.Key, f.Answer, f.Evidence, f.DocumentUrl))], i.Note, ctx.CancellationToken));

        mutation.Mutation<FreelanceContractType, RecordFreelanceContractInput, FreelanceContract>("recordFreelanceContract", "contract",
            "Records a new version of the written contract: itemized services with rates, and when payment is due.", Roles.PlatformAdmin,
            (ctx, i) => ctx.Service<FreelanceContractService>().RecordAsync(InterviewerId(i.InterviewerId), new ContractTerms(
                i.Reference, i.SignedAt.UtcDateTime, i.ExpiresAt?.UtcDateTime, i.NdaSignedAt?.UtcDateTime, i.Currency,
                [.. i.Services.Select(s => new ContractedService(s.Description, s.Unit, s.Rate))], i.PaymentDueDays), ctx.CancellationToken));

        mutation.Mutation<MinimumRateRuleType, AddMinimumRateRuleInput, MinimumRateRule>("addMinimumRateRule", "rule",
            "Adds a minimum-rate rule; rate cards, invitations, bookings and contracts below it are refused with RATE_BELOW_MINIMUM.", Roles.PlatformAdmin,
            (ctx, i) => ctx.Service<MinimumRateService>().AddAsync(i.Jurisdiction, i.Currency, i.Amount, i.Unit, i.EffectiveFrom.UtcDateTime, i.EffectiveTo?.UtcDateTime,
                i.Source, ctx.CancellationToken));

        mutation.Mutation<PayoutStatementType, CreatePayoutStatementInput, PayoutStatement>("createPayoutStatement", "statement",
            "Computes the statement for one interviewer, period and currency from the interviews they completed and are not yet paid for.", Roles.PlatformAdmin,
            (ctx, i) => ctx.Service<PayoutService>().CreateAsync(InterviewerId(i.InterviewerId), i.PeriodStart.UtcDateTime, i.PeriodEnd.UtcDateTime, i.Currency,
                ctx.CancellationToken));

        mutation.Mutation<PayoutStatementType, ApprovePayoutStatementInput, PayoutStatement>("approvePayoutStatement", "statement",
            "PENDING → APPROVED.", Roles.PlatformAdmin,
            (ctx, i) => ctx.Service<PayoutService>().ApproveAsync(StatementId(i.StatementId), ctx.CancellationToken));

        mutation.Mutation<PayoutStatementType, MarkPayoutStatementPaidInput, PayoutStatement>("markPayoutStatementPaid", "statement",
            "APPROVED → PAID, with the payment's reference.", Roles.PlatformAdmin,
            (ctx, i) => ctx.Service<PayoutService>().MarkPaidAsync(StatementId(i.StatementId), i.PaymentReference, ctx.CancellationToken));
    }

    private static Guid InterviewerId(string id) => InputIds.Decode(id, "Interviewer", nameof(RecordClassificationInput.InterviewerId));

    private static Guid StatementId(string id) => InputIds.Decode(id, "PayoutStatement", nameof(ApprovePayoutStatementInput.StatementId));
}
