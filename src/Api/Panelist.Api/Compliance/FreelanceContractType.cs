using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class FreelanceContractType : ObjectGraphType<FreelanceContract>
{
    public FreelanceContractType()
    {
        Name = "FreelanceContract";
        Description = "The written contract with an interviewer, with the terms freelance-payment laws require.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId));
        Field(c => c.Version);
        Field(c => c.Reference, nullable: true);
        Field(c => c.SignedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(c => c.ExpiresAt, type: typeof(DateTimeGraphType));
        Field(c => c.NdaSignedAt, type: typeof(DateTimeGraphType));
        Field(c => c.Currency).Description("ISO 4217.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContractedServiceType>>>>("services").Resolve(ctx => ctx.Source.Services);
        Field(c => c.PaymentDueDays).Description("Days after completion by which work is paid.");
        Field(c => c.PaymentDateDefaulted).Description("True when the contract named no date and the legal default of 30 days applies.");
        Field(c => c.SupersededAt, type: typeof(DateTimeGraphType));
    }
}
