using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Quality.Calibration;
using Panelist.Domain.Rubrics;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class CalibrationSessionConfiguration : IEntityTypeConfiguration<CalibrationSession>
{
    public void Configure(EntityTypeBuilder<CalibrationSession> builder)
    {
        builder.HasOne<RubricVersion>().WithMany().HasForeignKey(s => s.RubricVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.OrganizationId, s.RubricVersionId });
    }
}
