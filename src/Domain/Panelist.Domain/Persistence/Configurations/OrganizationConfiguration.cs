using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Organizations;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Slug).HasMaxLength(64);
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.HasIndex(o => o.Name);
        // Columns on the organization row (table splitting): a brand is never read without its organization.
        builder.OwnsOne(o => o.Branding, b =>
        {
            b.Property(x => x.DisplayName).HasColumnName("BrandDisplayName").HasMaxLength(100);
            b.Property(x => x.LogoUrl).HasColumnName("BrandLogoUrl").HasMaxLength(2000);
            b.Property(x => x.PrimaryColor).HasColumnName("BrandPrimaryColor").HasMaxLength(7);
            b.Property(x => x.AccentColor).HasColumnName("BrandAccentColor").HasMaxLength(7);
        });
        var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        builder.HasData(new
        {
            Id = Organization.PlatformId,
            Slug = Organization.PlatformSlug,
            Name = "Panelist",
            IsPlatform = true,
            CreatedAt = created,
            UpdatedAt = created,
        });
    }
}
