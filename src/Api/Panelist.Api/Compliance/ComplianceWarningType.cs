using GraphQL.Types;
using Panelist.Api.Interviewers;
using Panelist.Api.Rubrics;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class ComplianceWarningType : ObjectGraphType<ComplianceWarning>
{
    public ComplianceWarningType()
    {
        Name = "ComplianceWarning";
        Description = "Something in an interviewer's compliance record that lapses soon, has lapsed, or needs a decision.";
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId));
        Field(w => w.Kind, type: typeof(NonNullGraphType<ComplianceWarningKindType>));
        Field(w => w.Message);
        Field(w => w.DueAt, type: typeof(DateTimeGraphType)).Description("When it lapses or lapsed; null for a review.");
        Field(w => w.DaysLeft, nullable: true).Description("Whole days until dueAt, negative once past.");
        Field<RubricType>("rubric").Description("The rubric of a certification warning.")
            .Resolve(ctx => ctx.Source.RubricId is { } id ? RubricLoaders.Rubric(ctx, id) : null);
        Field(w => w.Jurisdiction, nullable: true).Description("The jurisdiction of a classification warning.");
    }
}
