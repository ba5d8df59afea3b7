using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.Ignore(i => i.Duration);
        builder.Property(i => i.Currency).HasMaxLength(3);
        builder.Property(i => i.CancellationReason).HasMaxLength(500);
        builder.Property(i => i.AtsCandidateId).HasMaxLength(100);
        builder.Property(i => i.AtsApplicationId).HasMaxLength(100);
        builder.HasOne<Candidates.Candidate>().WithMany().HasForeignKey(i => i.CandidateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.CandidateId);
        builder.Property(i => i.JoinUrl).HasMaxLength(2000);
        builder.Property(i => i.CandidateTimeZone).HasMaxLength(64);
        builder.Property(i => i.CandidateLanguage).HasMaxLength(2);
        builder.HasOne<Engagement>().WithMany().HasForeignKey(i => i.EngagementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Assignment>().WithMany().HasForeignKey(i => i.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.OrganizationId, i.Status });
        builder.HasIndex(i => new { i.OrganizationId, i.ScheduledStart });
        builder.HasIndex(i => new { i.OrganizationId, i.RequestedAt });
        builder.HasIndex(i => new { i.EngagementId, i.Status });
        // An engagement's interviews newest first (its page, keyset on RequestedAt then Id) and its metrics window.
        builder.HasIndex(i => new { i.EngagementId, i.RequestedAt, i.Id });
        // The rest of the metrics window (an OR of four instants, so PostgreSQL ORs one index range per instant
        // instead of reading every interview of the engagement).
        builder.HasIndex(i => new { i.EngagementId, i.CompletedAt });
        builder.HasIndex(i => new { i.EngagementId, i.CancelledAt });
        builder.HasIndex(i => new { i.EngagementId, i.ScheduledStart });
        builder.HasIndex(i => new { i.InterviewerId, i.ScheduledStart });
        builder.HasIndex(i => i.AssignmentId);
        // The SLA job's scans across tenants: open items by their deadline.
        builder.HasIndex(i => new { i.Status, i.ScorecardDueAt });
        builder.HasIndex(i => new { i.Status, i.SchedulingDueAt });
    }
}
