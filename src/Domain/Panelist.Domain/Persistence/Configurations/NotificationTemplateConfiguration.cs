using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Notifications;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class NotificationTemplateConfiguration : IEntityTypeConfiguration<NotificationTemplate>
{
    public void Configure(EntityTypeBuilder<NotificationTemplate> builder)
    {
        builder.Property(t => t.Language).HasMaxLength(8);
        builder.Property(t => t.Subject).HasMaxLength(400);
        builder.Property(t => t.Body).HasMaxLength(8000);
        builder.HasIndex(t => new { t.OrganizationId, t.EventKind, t.Language }).IsUnique();
    }
}
