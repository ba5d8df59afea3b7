using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Candidates;
using Panelist.Domain.Fairness;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class CandidateDemographicsConfiguration : IEntityTypeConfiguration<CandidateDemographics>
{
    public void Configure(EntityTypeBuilder<CandidateDemographics> builder)
    {
        builder.Property(d => d.Ciphertext).HasMaxLength(400);
        builder.HasOne<Candidate>().WithOne().HasForeignKey<CandidateDemographics>(d => d.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.CandidateId).IsUnique();
        builder.HasIndex(d => new { d.OrganizationId, d.UpdatedAt });
    }
}
