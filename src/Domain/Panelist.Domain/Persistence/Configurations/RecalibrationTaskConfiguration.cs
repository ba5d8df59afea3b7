using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class RecalibrationTaskConfiguration : IEntityTypeConfiguration<RecalibrationTask>
{
    public void Configure(EntityTypeBuilder<RecalibrationTask> builder) => builder.HasIndex(t => new { t.OrganizationId, t.InterviewerId, t.Status });
}
