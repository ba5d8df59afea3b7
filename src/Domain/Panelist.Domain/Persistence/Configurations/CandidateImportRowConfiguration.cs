using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Candidates;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class CandidateImportRowConfiguration : IEntityTypeConfiguration<CandidateImportRow>
{
    public void Configure(EntityTypeBuilder<CandidateImportRow> builder)
    {
        builder.HasKey(r => r.InterviewId);
        builder.Property(r => r.Email).HasMaxLength(320);
        builder.Property(r => r.AtsCandidateId).HasMaxLength(100);
    }
}
