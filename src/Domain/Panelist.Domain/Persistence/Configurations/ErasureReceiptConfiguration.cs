using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Candidates;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class ErasureReceiptConfiguration : IEntityTypeConfiguration<ErasureReceipt>
{
    public void Configure(EntityTypeBuilder<ErasureReceipt> builder)
    {
        builder.Property(r => r.Processor).HasMaxLength(100);
        builder.Property(r => r.Detail).HasMaxLength(500);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(r => r.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CandidateId);
        builder.HasIndex(r => r.EventId);
    }
}
