using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class AuditChecklistConfiguration : IEntityTypeConfiguration<AuditChecklist>
{
    public void Configure(EntityTypeBuilder<AuditChecklist> builder)
    {
        builder.HasIndex(c => new { c.Name, c.Number }).IsUnique();
        // Items are read and written whole with their version: one JSON document.
        builder.OwnsMany(c => c.Items, i => i.ToJson());
    }
}
