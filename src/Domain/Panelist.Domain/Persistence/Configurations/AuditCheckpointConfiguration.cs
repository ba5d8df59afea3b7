using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Audits;
using Panelist.Domain.Organizations;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.Property(c => c.Hash).HasMaxLength(64);
        builder.Property(c => c.KeyId).HasMaxLength(64);
        builder.Property(c => c.Signature).HasMaxLength(128);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        // One checkpoint per head, whichever replica signs it first.
        builder.HasIndex(c => new { c.OrganizationId, c.Sequence }).IsUnique();
    }
}
