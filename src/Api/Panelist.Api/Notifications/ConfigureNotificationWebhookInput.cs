namespace Panelist.Api.Notifications;

/// <param name="Secret">At least 16 characters; the HMAC-SHA256 key. Stored encrypted, never returned.</param>
public sealed record ConfigureNotificationWebhookInput(string Url, string Secret, bool? Enabled);
