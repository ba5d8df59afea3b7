using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Compliance;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class MinimumRateRuleConfiguration : IEntityTypeConfiguration<MinimumRateRule>
{
    public void Configure(EntityTypeBuilder<MinimumRateRule> builder)
    {
        builder.Property(r => r.Jurisdiction).HasMaxLength(10);
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.HasIndex(r => new { r.Jurisdiction, r.Unit, r.Currency, r.EffectiveFrom });
    }
}
