using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Panelist.Domain.Notifications;

namespace Panelist.Api.Notifications;

/// <summary>Sends one rendered e-mail over SMTP with MailKit; the .ics rides along as text/calendar.</summary>
public sealed class SmtpMailSender(IOptions<NotificationOptions> options)
{
    public async Task SendAsync(NotificationDelivery delivery, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(delivery.Address));
        message.Subject = delivery.Subject;
        // The same id on every attempt lets mail systems drop a repeat after a lost acknowledgement.
        message.MessageId = $"{delivery.IdempotencyKey}@panelist";
        var body = new BodyBuilder { TextBody = delivery.Body };
        if (delivery.Calendar is { } calendar)
        {
            var method = calendar.Contains("METHOD:CANCEL", StringComparison.Ordinal) ? "CANCEL" : "REQUEST";
            var type = new ContentType("text", "calendar") { Charset = "utf-8" };
            type.Parameters.Add("method", method);
            body.Attachments.Add("interview.ics", Encoding.UTF8.GetBytes(calendar), type);
        }

        message.Body = body.ToMessageBody();
        // Content-* headers belong to the body entity in MIME: the language of the whole message.
        message.Body.Headers.Add(HeaderId.ContentLanguage, delivery.Language);
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security == "Auto" ? "Auto" : smtp.Security, true), ct);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", ct);
        }

        await client.SendAsync(message, ct);
        await client.DisconnectAsync(true, ct);
    }
}
