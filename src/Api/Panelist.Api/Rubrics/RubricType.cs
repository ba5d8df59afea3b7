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
