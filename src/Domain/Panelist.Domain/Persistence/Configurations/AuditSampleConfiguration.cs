using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class AuditSampleConfiguration : IEntityTypeConfiguration<AuditSample>
{
    public void Configure(EntityTypeBuilder<AuditSample> builder)
    {
        builder.OwnsMany(s => s.Items, i => i.ToJson());
        // One sample per window: a second reviewer drawing the same window gets the recorded one.
        builder.HasIndex(s => new { s.OrganizationId, s.WindowStart, s.WindowEnd }).IsUnique();
    }
}
