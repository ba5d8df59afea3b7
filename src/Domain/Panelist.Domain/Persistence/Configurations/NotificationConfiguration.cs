using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Notifications;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.RecipientKey).HasMaxLength(Recipient.KeyLength);
        builder.Property(n => n.Title).HasMaxLength(1000);
        builder.Property(n => n.Body).HasMaxLength(NotificationDelivery.BodyLength);
        // A person's notifications newest first (keyset on CreatedAt then Id), unread ones by ReadAt.
        builder.HasIndex(n => new { n.RecipientKey, n.CreatedAt, n.Id });
        builder.HasIndex(n => new { n.RecipientKey, n.ReadAt });
    }
}
