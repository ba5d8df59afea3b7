using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Candidates;
using Panelist.Domain.Organizations;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.Ignore(c => c.IsErased);
        builder.Property(c => c.EmailLookup).HasMaxLength(64);
        // Ciphertexts: base64 of nonce, tag and the UTF-8 text (names up to 200 characters, addresses up to 320).
        builder.Property(c => c.NameCiphertext).HasMaxLength(1200);
        builder.Property(c => c.EmailCiphertext).HasMaxLength(1800);
        builder.Property(c => c.AtsCandidateId).HasMaxLength(100);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        // One person per address per organization; erased candidates have no look-up (NULLs never collide).
        builder.HasIndex(c => new { c.OrganizationId, c.EmailLookup }).IsUnique();
        builder.HasIndex(c => new { c.OrganizationId, c.CreatedAt });
    }
}
