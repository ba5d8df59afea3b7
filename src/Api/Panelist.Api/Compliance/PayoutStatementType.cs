using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Domain.Common;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class PayoutStatementType : ObjectGraphType<PayoutStatement>
{
    public PayoutStatementType()
    {
        Name = "PayoutStatement";
        Description = "What the platform owes one interviewer for one period in one currency, from the interviews they completed.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId));
        Field(s => s.PeriodStart, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(s => s.PeriodEnd, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("Exclusive.");
        Field(s => s.Currency).Description("ISO 4217.");
        Field(s => s.Amount).Description("The sum of the completed interviews' costs.");
        Field(s => s.InterviewCount);
        Field(s => s.Status, type: typeof(NonNullGraphType<PayoutStatusType>));
        Field(s => s.FirstCompletedAt, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("The earliest completion on the statement: the payment term counts from it.");
        Field(s => s.DueAt, type: typeof(NonNullGraphType<DateTimeGraphType>)).Description("The first completion plus the contract's payment term (30 days by default).");
        Field(s => s.ApprovedAt, type: typeof(DateTimeGraphType));
        Field(s => s.PaidAt, type: typeof(DateTimeGraphType));
        Field(s => s.PaymentReference, nullable: true);
        Field<NonNullGraphType<IntGraphType>>("daysToPay").Description("Whole days from the first completion to payment, or to now while unpaid.")
            .Resolve(ctx => ctx.Source.DaysToPay(Clock.Now(ctx.Service<TimeProvider>())));
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Unpaid past dueAt.")
            .Resolve(ctx => ctx.Source.IsOverdueAt(Clock.Now(ctx.Service<TimeProvider>())));
        Field<BooleanGraphType>("paidOnTime").Description("Null until paid; then whether payment came by dueAt.").Resolve(ctx => ctx.Source.PaidOnTime);
    }
}
