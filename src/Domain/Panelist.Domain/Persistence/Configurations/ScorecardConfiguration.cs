using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Interviews;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> builder)
    {
        builder.Property(s => s.Summary).HasMaxLength(10_000);
        builder.OwnsMany(s => s.Ratings, r =>
        {
            r.ToJson();
            r.Property(x => x.Evidence).HasMaxLength(4000);
        });
        builder.HasOne<Interview>().WithOne().HasForeignKey<Scorecard>(s => s.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RubricVersion>().WithMany().HasForeignKey(s => s.RubricVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Revisions).WithOne().HasForeignKey(r => r.ScorecardId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(s => s.InterviewId).IsUnique();
        builder.HasIndex(s => new { s.OrganizationId, s.SubmittedAt });
        builder.HasIndex(s => new { s.OrganizationId, s.Recommendation });
        builder.HasIndex(s => new { s.InterviewerId, s.SubmittedAt });
    }
}
