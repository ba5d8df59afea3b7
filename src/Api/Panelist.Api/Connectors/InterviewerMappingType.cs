using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

/// <summary>An interviewer as one installation's ATS knows them: the vendor user a client admin mapped them to.</summary>
public sealed class InterviewerMappingType : ObjectGraphType<InterviewerMapping>
{
    public InterviewerMappingType()
    {
        Name = "InterviewerMapping";
        Description = "The vendor user an interviewer is at one installation's ATS; connectors send it instead of the interviewer's private e-mail.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId));
        Field(m => m.VendorUserId).Description("The vendor's user id, as the vendor's API expects it.");
        Field(m => m.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(m => m.UpdatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
    }
}
