using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Candidates;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class CandidateKeyConfiguration : IEntityTypeConfiguration<CandidateKey>
{
    public void Configure(EntityTypeBuilder<CandidateKey> builder)
    {
        builder.HasKey(k => k.CandidateId);
        builder.Property(k => k.WrappedKey).HasMaxLength(200);
        builder.HasOne<Candidate>().WithOne().HasForeignKey<CandidateKey>(k => k.CandidateId).OnDelete(DeleteBehavior.Cascade);
    }
}
