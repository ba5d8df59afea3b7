using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Rubrics;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class RubricVersionConfiguration : IEntityTypeConfiguration<RubricVersion>
{
    public void Configure(EntityTypeBuilder<RubricVersion> builder)
    {
        builder.HasIndex(v => new { v.RubricId, v.Number }).IsUnique();
        builder.HasIndex(v => v.Status);
        // Criteria are read and written whole with their version: one JSON document, not a table.
        builder.OwnsMany(v => v.Criteria, c =>
        {
            c.ToJson();
            c.Property(x => x.Description).HasMaxLength(4000);
        });
    }
}
