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
        mutation.Mutation<SkillType, CreateSkillInput, Skill>("createSkill", "skill", "Adds a skill to the taxonomy (platform admins).", Roles.PlatformAdmin,
            (ctx, input) => ctx.Service<SkillService>().CreateAsync(input.Slug, input.Name, input.Category, ctx.CancellationToken));
        mutation.Mutation<SkillType, RenameSkillInput, Skill>("renameSkill", "skill", "Renames or recategorises a skill; its slug stays.", Roles.PlatformAdmin,
            (ctx, input) => ctx.Service<SkillService>().RenameAsync(InputIds.Decode(input.SkillId, "Skill", nameof(input.SkillId)), input.Name, input.Category,
                ctx.CancellationToken));
    }
}
