using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Notifications;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.HasKey(p => new { p.RecipientKey, p.EventKind, p.Channel });
        builder.Property(p => p.RecipientKey).HasMaxLength(Recipient.KeyLength);
    }
}
