using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Integrations;
using Panelist.Domain.Interviewers;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class InterviewerMappingConfiguration : IEntityTypeConfiguration<InterviewerMapping>
{
    public void Configure(EntityTypeBuilder<InterviewerMapping> builder)
    {
        builder.Property(m => m.VendorUserId).HasMaxLength(InterviewerMapping.VendorUserIdLength);
        builder.HasOne<ConnectorInstallation>().WithMany().HasForeignKey(m => m.InstallationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Interviewer>().WithMany().HasForeignKey(m => m.InterviewerId).OnDelete(DeleteBehavior.Cascade);
        // One vendor user per interviewer per installation (the directory's lookup), and no vendor user twice.
        builder.HasIndex(m => new { m.InstallationId, m.InterviewerId }).IsUnique();
        builder.HasIndex(m => new { m.InstallationId, m.VendorUserId }).IsUnique();
        builder.HasIndex(m => new { m.InstallationId, m.CreatedAt });
        builder.HasIndex(m => m.InterviewerId);
    }
}
