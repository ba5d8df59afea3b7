using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Interviewers;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class ClassificationRecordType : ObjectGraphType<ClassificationRecord>
{
    public ClassificationRecordType()
    {
        Name = "ClassificationRecord";
        Description = "A decision on how an interviewer is engaged in one jurisdiction: the test, its factors and evidence, and the outcome the test's rule derives.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<NonNullGraphType<InterviewerType>>("interviewer").Resolve(ctx => InterviewerLoaders.Interviewer(ctx, ctx.Source.InterviewerId));
        Field(r => r.Jurisdiction).Description("ISO 3166 country or subdivision, e.g. US-CA.");
        Field(r => r.Test, type: typeof(NonNullGraphType<ClassificationTestType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClassificationFactorType>>>>("factors").Resolve(ctx => ctx.Source.Factors);
        Field(r => r.Outcome, type: typeof(NonNullGraphType<ClassificationOutcomeType>));
        Field(r => r.Classification, type: typeof(ClassificationTypeType)).Description("The engagement the outcome allows; null while it needs review.");
        Field(r => r.Note, nullable: true);
        Field(r => r.DecidedBy).Description("The actor who decided, as TYPE:id.");
        Field(r => r.DecidedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(r => r.SupersededAt, type: typeof(DateTimeGraphType)).Description("Set when a later decision for the same jurisdiction replaced this one.");
        Field<NonNullGraphType<BooleanGraphType>>("current").Resolve(ctx => ctx.Source.IsCurrent);
    }
}
