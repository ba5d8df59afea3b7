using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Notifications;
using Panelist.Domain.Threads;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class ThreadReadMarkConfiguration : IEntityTypeConfiguration<ThreadReadMark>
{
    public void Configure(EntityTypeBuilder<ThreadReadMark> builder)
    {
        builder.HasKey(m => new { m.ThreadId, m.ParticipantKey });
        builder.Property(m => m.ParticipantKey).HasMaxLength(Recipient.KeyLength);
    }
}
