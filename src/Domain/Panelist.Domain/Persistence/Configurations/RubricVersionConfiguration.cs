using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Rubrics;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class RubricVersionConfiguration : IEntityTypeConfiguration<RubricVersion>
{
    public void Configure(EntityTypeBuilder<RubricVersion> builder)
    {
        builder.HasIndex(v => new { v.RubricId, v.Number }).IsUnique();
        builder.HasIndex(v => new { v.OrganizationId, v.Status });
        builder.Ignore(v => v.Scale);
        builder.Property(v => v.ScaleLevels).HasDefaultValue(RubricScale.DefaultLevels);
        // Criteria and the scale's anchors are read and written whole with their version: JSON documents, not tables.
        builder.OwnsMany(v => v.Criteria, c =>
        {
            c.ToJson();
            c.Property(x => x.Description).HasMaxLength(4000);
        });
        builder.OwnsMany(v => v.ScaleAnchors, a =>
        {
            a.ToJson();
            a.Property(x => x.Description).HasMaxLength(1000);
        });
    }
}
