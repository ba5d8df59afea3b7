using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Compliance;
using Panelist.Domain.Interviews;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class PayoutLineConfiguration : IEntityTypeConfiguration<PayoutLine>
{
    public void Configure(EntityTypeBuilder<PayoutLine> builder)
    {
        // An interview is paid once: on one statement only.
        builder.HasIndex(l => l.InterviewId).IsUnique();
        builder.HasOne<Interview>().WithMany().HasForeignKey(l => l.InterviewId).OnDelete(DeleteBehavior.Restrict);
    }
}
