using GraphQL.Types;
using Panelist.Api.Skills;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Interviewers;

public sealed class InterviewerSkillType : ObjectGraphType<InterviewerSkill>
{
    public InterviewerSkillType()
    {
        Name = "InterviewerSkill";
        Field<NonNullGraphType<SkillType>>("skill").Resolve(ctx => SkillLoaders.Skill(ctx, ctx.Source.SkillId));
        Field(s => s.Level).Description("1 (working knowledge) to 5 (recognised authority).");
        Field(s => s.Years).Description("Years of hands-on experience.");
    }
}
