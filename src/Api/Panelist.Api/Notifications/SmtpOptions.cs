using System.ComponentModel.DataAnnotations;

namespace Panelist.Api.Notifications;

/// <summary>Where e-mail goes: by default a local catcher on port 1025 (README "Seeing e-mails locally").</summary>
public sealed class SmtpOptions
{
    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 1025;

    [Required]
    [EmailAddress]
    public string From { get; set; } = "panelist@localhost";

    /// <summary>None, Auto, StartTls or SslOnConnect (MailKit's SecureSocketOptions); Auto uses STARTTLS when offered.</summary>
    public string Security { get; set; } = "Auto";

    public string? Username { get; set; }

    public string? Password { get; set; }
}
