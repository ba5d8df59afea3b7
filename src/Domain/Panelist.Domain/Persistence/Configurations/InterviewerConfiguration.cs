using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Interviewers;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class InterviewerConfiguration : IEntityTypeConfiguration<Interviewer>
{
    public void Configure(EntityTypeBuilder<Interviewer> builder)
    {
        builder.Ignore(i => i.RateCard);
        builder.Property(i => i.Email).HasMaxLength(320);
        builder.Property(i => i.CountryCode).HasMaxLength(2);
        builder.Property(i => i.TimeZone).HasMaxLength(64);
        builder.Property(i => i.RateCurrency).HasMaxLength(3);
        builder.Property(i => i.ClassificationJurisdiction).HasMaxLength(10);
        builder.HasIndex(i => i.Email).IsUnique();
        builder.HasIndex(i => i.Name);
        builder.HasIndex(i => i.CountryCode);
        builder.HasIndex(i => i.TimeZone);
        builder.HasIndex(i => i.Status);
        builder.HasIndex(i => new { i.RateCurrency, i.HourlyRate });
        // Search ordered by rate (keyset on rate then Id) walks this instead of sorting every match.
        builder.HasIndex(i => new { i.HourlyRate, i.Id });
        builder.HasIndex(i => new { i.RateCurrency, i.PerInterviewRate });
        builder.HasIndex(i => i.CreatedAt);

        builder.HasMany(i => i.Skills).WithOne().HasForeignKey(s => s.InterviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Languages).WithOne().HasForeignKey(l => l.InterviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Certifications).WithOne().HasForeignKey(c => c.InterviewerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Skills).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Languages).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Certifications).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
