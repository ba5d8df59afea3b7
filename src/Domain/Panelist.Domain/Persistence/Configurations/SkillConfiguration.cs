using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Skills;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> builder)
    {
        builder.Property(s => s.Slug).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Category).HasMaxLength(100);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.HasIndex(s => s.Name);
        builder.HasIndex(s => s.Category);
    }
}
