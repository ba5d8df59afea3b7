using System.ComponentModel.DataAnnotations;

namespace Panelist.Api.Notifications;

/// <summary>The <c>Notifications</c> section: the dispatcher's pace and retries, and the SMTP server e-mail goes through.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Off in tests that drive <see cref="NotificationDispatcher.DispatchOnceAsync"/> themselves.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Required]
    public SmtpOptions Smtp { get; set; } = new();
}
