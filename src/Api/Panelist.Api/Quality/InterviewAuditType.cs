using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Api.Interviews;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Api.Quality;

public sealed class InterviewAuditType : ObjectGraphType<InterviewAudit>
{
    public InterviewAuditType()
    {
        Name = "InterviewAudit";
        Description = "A quality reviewer's audit of one completed interview against one checklist version.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(a => a.Score).Description("Σ weight of passed items / Σ weight, 0–1.");
        Field(a => a.Passed).Description("score ≥ the checklist's pass mark.");
        Field(a => a.Reviewer).Description("The reviewer's subject.");
        Field<NonNullGraphType<DateTimeGraphType>>("auditedAt").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditFindingType>>>>("findings").Description("One per checklist item, in the order given.")
            .Resolve(ctx => ctx.Source.Findings);
        Field<NonNullGraphType<AuditChecklistType>>("checklist").Resolve(ctx => QualityLoaders.Checklist(ctx, ctx.Source.ChecklistId));
        Field<NonNullGraphType<InterviewType>>("interview").Resolve(ctx => InterviewLoaders.Interview(ctx, ctx.Source.InterviewId));
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId));
    }
}
