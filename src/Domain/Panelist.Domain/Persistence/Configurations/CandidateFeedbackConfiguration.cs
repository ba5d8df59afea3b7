using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Interviews;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class CandidateFeedbackConfiguration : IEntityTypeConfiguration<CandidateFeedback>
{
    public void Configure(EntityTypeBuilder<CandidateFeedback> builder)
    {
        builder.Property(f => f.Comment).HasMaxLength(4000);
        builder.HasOne<Interview>().WithOne().HasForeignKey<CandidateFeedback>(f => f.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.InterviewId).IsUnique();
        builder.HasIndex(f => new { f.OrganizationId, f.CreatedAt });
    }
}
