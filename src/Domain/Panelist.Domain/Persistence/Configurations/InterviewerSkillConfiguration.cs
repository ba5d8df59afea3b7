using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Skills;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class InterviewerSkillConfiguration : IEntityTypeConfiguration<InterviewerSkill>
{
    public void Configure(EntityTypeBuilder<InterviewerSkill> builder)
    {
        builder.HasKey(s => new { s.InterviewerId, s.SkillId });
        builder.HasOne<Skill>().WithMany().HasForeignKey(s => s.SkillId).OnDelete(DeleteBehavior.Restrict);
        // The skill filter (skill, min level) answers from the index alone, interviewer ids included.
        builder.HasIndex(s => new { s.SkillId, s.Level, s.InterviewerId });
    }
}
