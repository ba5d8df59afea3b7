using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Common;
using Panelist.Domain.Notifications;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.Property(w => w.Url).HasMaxLength(HttpsUrl.MaxLength);
        builder.Property(w => w.ProtectedSecret).HasMaxLength(4000);
        // One endpoint per organization.
        builder.HasIndex(w => w.OrganizationId).IsUnique();
    }
}
