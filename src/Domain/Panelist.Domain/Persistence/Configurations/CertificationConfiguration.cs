using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Rubrics;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class CertificationConfiguration : IEntityTypeConfiguration<Certification>
{
    public void Configure(EntityTypeBuilder<Certification> builder)
    {
        builder.HasOne<Rubric>().WithMany().HasForeignKey(c => c.RubricId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.InterviewerId, c.RubricId }).IsUnique();
        builder.HasIndex(c => new { c.RubricId, c.ExpiresAt });
    }
}
