using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Integrations;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class ConnectorStateEntryConfiguration : IEntityTypeConfiguration<ConnectorStateEntry>
{
    public void Configure(EntityTypeBuilder<ConnectorStateEntry> builder)
    {
        builder.ToTable("ConnectorState");
        // The key the store's single-statement upsert conflicts on.
        builder.HasKey(e => new { e.InstallationId, e.Key });
        builder.Property(e => e.Key).HasMaxLength(ConnectorState.MaxKeyLength);
        // Ciphertext of a value up to the SDK's 16 384 characters, JSON-escaped (at worst 6 characters each) and base64url-encoded.
        builder.Property(e => e.ProtectedValue).HasMaxLength(200_000);
        builder.HasOne<ConnectorInstallation>().WithMany().HasForeignKey(e => e.InstallationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => e.OrganizationId);
    }
}
