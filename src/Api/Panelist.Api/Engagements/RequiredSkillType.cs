using GraphQL.Types;
using Panelist.Api.Skills;
using Panelist.Domain.Engagements;

namespace Panelist.Api.Engagements;

public sealed class RequiredSkillType : ObjectGraphType<EngagementSkill>
{
    public RequiredSkillType()
    {
        Name = "RequiredSkill";
        Field<NonNullGraphType<SkillType>>("skill").Resolve(ctx => SkillLoaders.Skill(ctx, ctx.Source.SkillId));
        Field(s => s.MinLevel);
    }
}
