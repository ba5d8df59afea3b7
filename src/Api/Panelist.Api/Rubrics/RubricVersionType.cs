using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Rubrics;

namespace Panelist.Api.Rubrics;

public sealed class RubricVersionType : ObjectGraphType<RubricVersion>
{
    public RubricVersionType()
    {
        Name = "RubricVersion";
        Description = "One edition of a rubric. A published version never changes; scorecards name the version they used.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(v => v.Number);
        Field(v => v.Status, type: typeof(NonNullGraphType<RubricVersionStatusType>));
        Field(v => v.PassThreshold).Description("The weighted score (on the version's scale) a candidate needs to pass.");
        Field<NonNullGraphType<RubricScaleType>>("scale").Resolve(ctx => ctx.Source);
        Field(v => v.PublishedAt, type: typeof(DateTimeGraphType));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricCriterionType>>>>("criteria").Resolve(ctx => ctx.Source.Criteria);
        Field<NonNullGraphType<RubricType>>("rubric").Resolve(ctx => RubricLoaders.Rubric(ctx, ctx.Source.RubricId));
    }
}
