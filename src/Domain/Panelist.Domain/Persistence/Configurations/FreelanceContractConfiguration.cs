using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Compliance;
using Panelist.Domain.Interviewers;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class FreelanceContractConfiguration : IEntityTypeConfiguration<FreelanceContract>
{
    public void Configure(EntityTypeBuilder<FreelanceContract> builder)
    {
        builder.Ignore(c => c.Services);
        builder.Property(c => c.Reference).HasMaxLength(100);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.ServicesJson).HasMaxLength(20_000);
        builder.HasOne<Interviewer>().WithMany().HasForeignKey(c => c.InterviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.InterviewerId, c.Version }).IsUnique();
        builder.HasIndex(c => c.ExpiresAt);
    }
}
