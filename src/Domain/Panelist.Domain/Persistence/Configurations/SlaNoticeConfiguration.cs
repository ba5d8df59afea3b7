using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Interviews;
using Panelist.Domain.Sla;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class SlaNoticeConfiguration : IEntityTypeConfiguration<SlaNotice>
{
    public void Configure(EntityTypeBuilder<SlaNotice> builder)
    {
        builder.Property(n => n.SentBy).HasMaxLength(200);
        builder.HasOne<Interview>().WithMany().HasForeignKey(n => n.InterviewId).OnDelete(DeleteBehavior.Cascade);
        // The claim: one notice of each kind per interview, whichever replica gets there first.
        builder.HasIndex(n => new { n.InterviewId, n.Kind }).IsUnique();
        builder.HasIndex(n => new { n.OrganizationId, n.CreatedAt });
    }
}
