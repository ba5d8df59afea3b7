using System.ComponentModel.DataAnnotations;

namespace Panelist.Api.Candidates;

/// <summary>The <c>Privacy</c> section: where the personal-data master key comes from, and how long access lasts.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Base64 of 32 random bytes (<c>openssl rand -base64 32</c>). Takes precedence over <see cref="MasterKeyFile"/>.</summary>
    public string? MasterKey { get; set; }

    /// <summary>
    /// A file holding the base64 master key. In Development it is created on first start when missing (default
    /// <c>data/personal-data.key</c>); elsewhere it must exist. Keep it out of the database's backups.
    /// </summary>
    public string? MasterKeyFile { get; set; }

    /// <summary>How long after an interview its interviewer may still read the candidate's name (default 7 days).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan InterviewerAccessAfterInterview { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the retention job runs (default hourly); 0 turns it off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
