using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Quality.Audits;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class AuditSamplingPolicyConfiguration : IEntityTypeConfiguration<AuditSamplingPolicy>
{
    public void Configure(EntityTypeBuilder<AuditSamplingPolicy> builder) => builder.HasIndex(p => p.OrganizationId).IsUnique();
}
