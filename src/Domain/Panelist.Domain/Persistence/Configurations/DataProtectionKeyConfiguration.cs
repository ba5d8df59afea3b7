using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    /// <summary>Key XML runs to a few kilobytes; the 400-character default for strings would cut it.</summary>
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.Property(k => k.Xml).HasMaxLength(20_000);
}
