using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Compliance;
using Panelist.Domain.Interviewers;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class PayoutStatementConfiguration : IEntityTypeConfiguration<PayoutStatement>
{
    public void Configure(EntityTypeBuilder<PayoutStatement> builder)
    {
        builder.Property(s => s.Currency).HasMaxLength(3);
        builder.Property(s => s.PaymentReference).HasMaxLength(200);
        builder.HasOne<Interviewer>().WithMany().HasForeignKey(s => s.InterviewerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.InterviewerId, s.PeriodStart, s.Currency });
        builder.HasIndex(s => new { s.Status, s.DueAt });
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.StatementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
