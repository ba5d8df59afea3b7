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
