using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Engagements;
using Panelist.Domain.Skills;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class EngagementSkillConfiguration : IEntityTypeConfiguration<EngagementSkill>
{
    public void Configure(EntityTypeBuilder<EngagementSkill> builder)
    {
        builder.HasKey(s => new { s.EngagementId, s.SkillId });
        builder.HasOne<Skill>().WithMany().HasForeignKey(s => s.SkillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.SkillId);
    }
}
