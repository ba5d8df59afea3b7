using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

public sealed class AuditSampleItemType : ObjectGraphType<AuditSampleItem>
{
    public AuditSampleItemType()
    {
        Name = "AuditSampleItem";
        Field<NonNullGraphType<IdGraphType>>("interviewId").Resolve(ctx => GlobalId.Encode("Interview", ctx.Source.InterviewId));
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId));
        Field(i => i.Reason, type: typeof(NonNullGraphType<AuditSampleReasonType>));
        Field(i => i.Share).Description("The share applied to this interviewer.");
        Field(i => i.CompletedInWindow).Description("The interviewer's completed interviews in the window: the n the share was taken of.");
        Field<ListGraphType<NonNullGraphType<InterviewAuditType>>>("audits").Description("Audits recorded for this interview so far.")
            .Resolve(ctx => QualityLoaders.AuditsOfInterview(ctx, ctx.Source.InterviewId));
    }
}
