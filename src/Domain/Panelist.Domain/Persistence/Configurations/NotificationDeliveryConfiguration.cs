using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Integrations;
using Panelist.Domain.Notifications;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> builder)
    {
        builder.Ignore(d => d.IdempotencyKey);
        builder.Property(d => d.RecipientKey).HasMaxLength(Recipient.KeyLength);
        builder.Property(d => d.Address).HasMaxLength(2000);
        builder.Property(d => d.Language).HasMaxLength(8);
        builder.Property(d => d.Subject).HasMaxLength(1000);
        builder.Property(d => d.Body).HasMaxLength(NotificationDelivery.BodyLength);
        builder.Property(d => d.Calendar).HasMaxLength(NotificationDelivery.BodyLength);
        builder.Property(d => d.LastError).HasMaxLength(BoundedText.ErrorLength);
        // As for connector deliveries: a settlement writes only a row its dispatcher still holds.
        builder.Property(d => d.LeaseOwner).HasMaxLength(100).IsConcurrencyToken();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.OrganizationId, d.CreatedAt });
    }
}
