using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.Ignore(a => a.Rate);
        builder.Property(a => a.Currency).HasMaxLength(3);
        builder.HasOne<Engagement>().WithMany().HasForeignKey(a => a.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Interviewer>().WithMany().HasForeignKey(a => a.InterviewerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.EngagementId, a.InterviewerId }).IsUnique();
        builder.HasIndex(a => new { a.OrganizationId, a.Status });
        builder.HasIndex(a => new { a.InterviewerId, a.Status });
    }
}
