using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class CalibrationScoreConfiguration : IEntityTypeConfiguration<CalibrationScore>
{
    public void Configure(EntityTypeBuilder<CalibrationScore> builder)
    {
        builder.OwnsMany(s => s.Ratings, r =>
        {
            r.ToJson();
            r.Property(x => x.Evidence).HasMaxLength(4000);
        });
        builder.HasOne<CalibrationSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.SessionId, s.InterviewerId, s.InterviewId }).IsUnique();
        builder.HasIndex(s => new { s.InterviewerId, s.CreatedAt });
    }
}
