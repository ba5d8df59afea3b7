using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Idempotency;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyKeys");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Scope).HasMaxLength(600);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
        builder.Property(r => r.Path).HasMaxLength(400);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ResultType).HasMaxLength(200);
        // A response body can be long; no length cap beyond the request limits.
        builder.Property(r => r.Response).Metadata.SetMaxLength(null);
        // One outcome per mutation field of a keyed request: a second execution cannot commit.
        builder.HasIndex(r => new { r.Scope, r.Key, r.Path }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
    }
}
