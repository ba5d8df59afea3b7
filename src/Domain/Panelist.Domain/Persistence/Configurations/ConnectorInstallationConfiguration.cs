using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Integrations;
using Panelist.Domain.Organizations;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class ConnectorInstallationConfiguration : IEntityTypeConfiguration<ConnectorInstallation>
{
    public void Configure(EntityTypeBuilder<ConnectorInstallation> builder)
    {
        builder.Property(i => i.ConnectorId).HasMaxLength(100);
        builder.Property(i => i.SettingsJson).HasMaxLength(20_000);
        builder.Property(i => i.ProtectedSecrets).HasMaxLength(20_000);
        builder.Property(i => i.LastError).HasMaxLength(BoundedText.ErrorLength);
        builder.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.OrganizationId, i.ConnectorId });
        builder.HasIndex(i => new { i.OrganizationId, i.Status });
    }
}
