using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panelist.Domain.Interviewers;

namespace Panelist.Domain.Persistence.Configurations;

internal sealed class InterviewerLanguageConfiguration : IEntityTypeConfiguration<InterviewerLanguage>
{
    public void Configure(EntityTypeBuilder<InterviewerLanguage> builder)
    {
        builder.HasKey(l => new { l.InterviewerId, l.Code });
        builder.Property(l => l.Code).HasMaxLength(2);
        builder.HasIndex(l => new { l.Code, l.Level });
    }
}
