using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Compliance;
using Panelist.Domain.Interviewers;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class ClassificationRecordConfiguration : IEntityTypeConfiguration<ClassificationRecord>
{
    public void Configure(EntityTypeBuilder<ClassificationRecord> builder)
    {
        builder.Ignore(r => r.Factors);
        builder.Ignore(r => r.IsCurrent);
        builder.Property(r => r.Jurisdiction).HasMaxLength(10);
        builder.Property(r => r.FactorsJson).HasMaxLength(100_000);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.DecidedBy).HasMaxLength(200);
        builder.HasOne<Interviewer>().WithMany().HasForeignKey(r => r.InterviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.InterviewerId, r.Jurisdiction, r.DecidedAt });
    }
}
