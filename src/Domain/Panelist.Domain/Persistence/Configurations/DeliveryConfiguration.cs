using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Integrations;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.Ignore(d => d.IdempotencyKey);
        builder.Property(d => d.EventType).HasMaxLength(64);
        builder.Property(d => d.OrderingKey).HasMaxLength(64);
        builder.Property(d => d.PayloadJson).HasMaxLength(100_000);
        builder.Property(d => d.LastError).HasMaxLength(BoundedText.ErrorLength);
        builder.Property(d => d.ExternalId).HasMaxLength(BoundedText.ExternalIdLength);
        // A settlement only writes a row its dispatcher still holds: a replica whose lease expired mid-call, and
        // whose row another claimed, fails its update instead of overwriting the newer outcome.
        builder.Property(d => d.LeaseOwner).HasMaxLength(100).IsConcurrencyToken();
        builder.HasOne<ConnectorInstallation>().WithMany().HasForeignKey(d => d.InstallationId).OnDelete(DeleteBehavior.Cascade);
        // The dispatcher's claim: due pending rows, oldest first.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        // Ordering per (installation, subject): is an older delivery of the same key still pending?
        builder.HasIndex(d => new { d.InstallationId, d.OrderingKey, d.CreatedAt });
        builder.HasIndex(d => new { d.OrganizationId, d.Status, d.CreatedAt });
        builder.HasIndex(d => new { d.OrganizationId, d.EventType });
        builder.HasIndex(d => new { d.EventId, d.InstallationId }).IsUnique();
    }
}
