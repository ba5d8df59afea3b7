using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Interviews;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class InterviewAuditConfiguration : IEntityTypeConfiguration<InterviewAudit>
{
    public void Configure(EntityTypeBuilder<InterviewAudit> builder)
    {
        builder.OwnsMany(a => a.Findings, f =>
        {
            f.ToJson();
            f.Property(x => x.Note).HasMaxLength(4000);
        });
        builder.HasOne<Interview>().WithMany().HasForeignKey(a => a.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AuditChecklist>().WithMany().HasForeignKey(a => a.ChecklistId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.InterviewId, a.ChecklistId }).IsUnique();
        builder.HasIndex(a => new { a.OrganizationId, a.InterviewerId, a.CreatedAt });
    }
}
