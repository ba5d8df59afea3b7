using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Notifications;
using Panelist.Domain.Threads;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class ThreadMessageConfiguration : IEntityTypeConfiguration<ThreadMessage>
{
    public void Configure(EntityTypeBuilder<ThreadMessage> builder)
    {
        builder.Property(m => m.AuthorKey).HasMaxLength(Recipient.KeyLength);
        builder.Property(m => m.AuthorName).HasMaxLength(320);
        builder.Property(m => m.Body).HasMaxLength(ThreadMessage.BodyLength);
        // Mentions and links are read with their message only: JSON columns on both providers.
        builder.PrimitiveCollection(m => m.Mentions).ElementType().HasMaxLength(Recipient.KeyLength);
        builder.OwnsMany(m => m.Attachments, a =>
        {
            a.ToJson();
            a.Property(x => x.Url).HasMaxLength(HttpsUrl.MaxLength);
            a.Property(x => x.Title).HasMaxLength(200);
        });
        builder.HasOne<Engagement>().WithMany().HasForeignKey(m => m.EngagementId).OnDelete(DeleteBehavior.Cascade);
        // A thread's page, newest first (keyset on CreatedAt then Id), and its unread count after a read mark.
        builder.HasIndex(m => new { m.ThreadId, m.CreatedAt, m.Id });
        builder.HasIndex(m => new { m.OrganizationId, m.CreatedAt });
    }
}
