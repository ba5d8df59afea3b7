using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Skills;

namespace Panelist.Api.Skills;

public static class SkillMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SkillType, Skill>("createSkill", "skill", "Adds a skill to the taxonomy (platform admins).", Roles.PlatformAdmin,
            i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("slug");
                i.Field<NonNullGraphType<StringGraphType>>("name");
                i.Field<NonNullGraphType<StringGraphType>>("category");
            },
            (ctx, input) => ctx.Service<SkillService>().CreateAsync(input.Required<string>("slug"), input.Required<string>("name"), input.Required<string>("category"), ctx.CancellationToken));
        mutation.Mutation<SkillType, Skill>("renameSkill", "skill", "Renames or recategorises a skill; its slug stays.", Roles.PlatformAdmin,
            i =>
            {
                i.Field<NonNullGraphType<IdGraphType>>("skillId");
                i.Field<NonNullGraphType<StringGraphType>>("name");
                i.Field<NonNullGraphType<StringGraphType>>("category");
            },
            (ctx, input) => ctx.Service<SkillService>().RenameAsync(input.Id("skillId", "Skill"), input.Required<string>("name"), input.Required<string>("category"), ctx.CancellationToken));
    }
}
