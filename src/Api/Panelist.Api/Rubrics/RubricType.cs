using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Rubrics;

namespace Panelist.Api.Rubrics;

public sealed class RubricType : ObjectGraphType<Rubric>
{
    public RubricType()
    {
        Name = "Rubric";
        Description = "Structured evaluation criteria for a role family, in numbered versions: an organization's own, or a platform template it may copy.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(r => r.Name);
        Field(r => r.RoleFamily);
        Field(r => r.Description);
        Field(r => r.IsTemplate).Description("A platform template: readable by every client, copied (copyRubricTemplate) before an engagement can pin it.");
        Field<RubricVersionType>("copiedFrom").Description("The template version this rubric was copied from; null when it was written here.")
            .Resolve(ctx => ctx.Source.CopiedFromVersionId is { } id ? RubricLoaders.Version(ctx, id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RubricVersionType>>>>("versions").Description("Newest first.")
            .Resolve(ctx => RubricLoaders.Versions(ctx, ctx.Source.Id));
    }
}
