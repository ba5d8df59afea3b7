using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Candidates;
using Panelist.Domain.Engagements;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        builder.Ignore(h => h.IsActive);
        builder.Property(h => h.Reason).HasMaxLength(500);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(h => h.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Engagement>().WithMany().HasForeignKey(h => h.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.OrganizationId, h.CandidateId });
        builder.HasIndex(h => new { h.OrganizationId, h.EngagementId });
    }
}
