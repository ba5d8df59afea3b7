namespace Panelist.Api.Notifications;

/// <param name="TimeZone">IANA, e.g. Europe/Berlin: interview times in mails and calendar entries are in it.</param>
/// <param name="Language">ISO 639-1: the template language.</param>
public sealed record SetNotificationProfileInput(string? DisplayName, string? Email, string? TimeZone, string? Language);
