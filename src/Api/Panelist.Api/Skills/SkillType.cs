using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Skills;

namespace Panelist.Api.Skills;

public sealed class SkillType : ObjectGraphType<Skill>
{
    public SkillType()
    {
        Name = "Skill";
        Description = "An entry of the skill taxonomy interviewers are matched on.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(s => s.Slug).Description("Stable, unique, lower-case: e.g. distributed-systems.");
        Field(s => s.Name);
        Field(s => s.Category);
    }
}
