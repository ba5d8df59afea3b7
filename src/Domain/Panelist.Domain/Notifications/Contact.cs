namespace Panelist.Domain.Notifications;

/// <summary>How one recipient is reached: name, e-mail (none for a user who gave none), IANA time zone and language.</summary>
public sealed record Contact(string Name, string? Email, string TimeZone, string Language);
