using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Notifications;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class NotificationProfileConfiguration : IEntityTypeConfiguration<NotificationProfile>
{
    public void Configure(EntityTypeBuilder<NotificationProfile> builder)
    {
        builder.HasKey(p => p.RecipientKey);
        builder.Property(p => p.RecipientKey).HasMaxLength(Recipient.KeyLength);
        builder.Property(p => p.Email).HasMaxLength(320);
        builder.Property(p => p.TimeZone).HasMaxLength(64);
        builder.Property(p => p.Language).HasMaxLength(8);
        builder.HasIndex(p => p.OrganizationId);
    }
}
