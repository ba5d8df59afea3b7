using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Integrations;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class VendorRateWindowConfiguration : IEntityTypeConfiguration<VendorRateWindow>
{
    public void Configure(EntityTypeBuilder<VendorRateWindow> builder)
    {
        builder.HasKey(w => w.InstallationId);
        builder.HasOne<ConnectorInstallation>().WithOne().HasForeignKey<VendorRateWindow>(w => w.InstallationId).OnDelete(DeleteBehavior.Cascade);
    }
}
