using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class ScorecardRevisionConfiguration : IEntityTypeConfiguration<ScorecardRevision>
{
    public void Configure(EntityTypeBuilder<ScorecardRevision> builder)
    {
        builder.Property(s => s.Summary).HasMaxLength(10_000);
        builder.Property(s => s.AmendmentReason).HasMaxLength(1000);
        builder.OwnsMany(s => s.Ratings, r =>
        {
            r.ToJson();
            r.Property(x => x.Evidence).HasMaxLength(4000);
        });
        builder.HasIndex(s => new { s.ScorecardId, s.Revision }).IsUnique();
    }
}
