using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Integrations;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class IntegrationSequenceConfiguration : IEntityTypeConfiguration<IntegrationSequence>
{
    public void Configure(EntityTypeBuilder<IntegrationSequence> builder)
    {
        builder.HasKey(s => s.Subject);
        builder.Property(s => s.Subject).HasMaxLength(64);
    }
}
