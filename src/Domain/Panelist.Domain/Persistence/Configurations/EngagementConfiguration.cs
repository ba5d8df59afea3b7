using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Engagements;
using Panelist.Domain.Organizations;
using Panelist.Domain.Rubrics;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> builder)
    {
        builder.Property(e => e.Brief).HasMaxLength(20_000);
        builder.Property(e => e.AtsJobId).HasMaxLength(100);
        builder.Property(e => e.AtsStageId).HasMaxLength(100);
        builder.Property(e => e.AtsInterviewTypeId).HasMaxLength(100);
        builder.Property(e => e.AtsHiringPlanInterviewId).HasMaxLength(100);
        builder.ComplexProperty(e => e.Pricing, p => p.Property(x => x.Currency).HasMaxLength(3));
        builder.ComplexProperty(e => e.ServiceLevel);
        builder.Ignore(e => e.InterviewingHours);
        builder.Property(e => e.InterviewingTimeZone).HasMaxLength(64);
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RubricVersion>().WithMany().HasForeignKey(e => e.RubricVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.RequiredSkills).WithOne().HasForeignKey(s => s.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.RequiredSkills).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(e => new { e.OrganizationId, e.Status });
        builder.HasIndex(e => new { e.OrganizationId, e.CreatedAt });
        builder.HasIndex(e => new { e.OrganizationId, e.Title });
        builder.HasIndex(e => new { e.OrganizationId, e.StartsAt });
        builder.HasIndex(e => new { e.OrganizationId, e.AtsJobId });
    }
}
