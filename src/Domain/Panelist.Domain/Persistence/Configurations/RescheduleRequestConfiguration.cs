using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Interviews;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class RescheduleRequestConfiguration : IEntityTypeConfiguration<RescheduleRequest>
{
    public void Configure(EntityTypeBuilder<RescheduleRequest> builder)
    {
        builder.Property(r => r.Message).HasMaxLength(1000);
        builder.HasOne<Interview>().WithMany().HasForeignKey(r => r.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.InterviewId, r.CreatedAt });
    }
}
