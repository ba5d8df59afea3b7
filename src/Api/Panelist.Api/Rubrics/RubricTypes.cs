using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Rubrics;

namespace Panelist.Api.Rubrics;

public sealed class RubricType : ObjectGraphType<Rubric>
{
    public RubricType()
    {
        Name = "Rubric";
        Description = "Structured evaluation criteria for a role family, in numbered versions.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(r => r.Name);
        Field(r => r.RoleFamily);
        Field(r => r.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricVersionType>>>>("versions").Description("Newest first.")
            .Resolve(ctx => RubricLoaders.Versions(ctx, ctx.Source.Id));
    }
}

public sealed class RubricVersionStatusType : EnumerationGraphType<RubricVersionStatus>
{
    public RubricVersionStatusType() => Name = "RubricVersionStatus";
}

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
        Field(v => v.PassThreshold).Description("The weighted score (1–4) a candidate needs to pass.");
        Field(v => v.PublishedAt, type: typeof(DateTimeGraphType));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricCriterionType>>>>("criteria").Resolve(ctx => ctx.Source.Criteria);
        Field<NonNullGraphType<RubricType>>("rubric").Resolve(ctx => RubricLoaders.Rubric(ctx, ctx.Source.RubricId));
    }
}

public sealed class RubricCriterionType : ObjectGraphType<RubricCriterion>
{
    public RubricCriterionType()
    {
        Name = "RubricCriterion";
        Field(c => c.Key).Description("Stable key that scorecard ratings refer to.");
        Field(c => c.Title);
        Field(c => c.Description);
        Field(c => c.Weight).Description("Weights of a published version sum to 1.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("anchors")
            .Description("Behavioural anchors for ratings 1, 2, 3 and 4, in that order.")
            .Resolve(ctx => ctx.Source.Anchors);
    }
}

public sealed class RubricCriterionInputType : InputObjectGraphType
{
    public RubricCriterionInputType()
    {
        Name = "RubricCriterionInput";
        Field<NonNullGraphType<StringGraphType>>("key").Description("lower_snake_case, unique within the version.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("description");
        Field<NonNullGraphType<DecimalGraphType>>("weight");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("anchors").Description("Exactly four: levels 1 to 4.");
    }
}
