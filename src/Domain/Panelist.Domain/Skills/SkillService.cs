using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;

namespace Panelist.Domain.Skills;

/// <summary>Keeps the skill taxonomy; platform admins only.</summary>
public sealed class SkillService(DomainScope scope) : DomainService(scope)
{
    public Task<Result<Skill>> CreateAsync(string slug, string name, string category, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        var skill = new Skill(slug, name, category);
        if (await Db.Skills.AnyAsync(s => s.Slug == skill.Slug, ct))
        {
            throw new DomainRuleException(ErrorCodes.SkillSlugTaken, $"The slug '{skill.Slug}' is taken.", "slug");
        }

        Db.Skills.Add(skill);
        await Audit.RecordPlatformAsync("skill.created", "Skill", skill.Id, new { skill.Slug, skill.Name, skill.Category }, ct);
        return skill;
    }, ct);

    public Task<Result<Skill>> RenameAsync(Guid skillId, string name, string category, CancellationToken ct = default) => Run(async () =>
    {
        RequirePlatformAdmin();
        var skill = Found(await Db.Skills.FindAsync([skillId], ct), "skill", "skillId");
        skill.Rename(name, category);
        await Audit.RecordPlatformAsync("skill.renamed", "Skill", skill.Id, new { skill.Name, skill.Category }, ct);
        return skill;
    }, ct);
}
