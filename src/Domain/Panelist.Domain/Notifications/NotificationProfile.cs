namespace Panelist.Domain.Notifications;

/// <summary>
/// Where and how a person is reached: e-mail, IANA time zone, language. Client users have no other record, so theirs is
/// the only one; for an interviewer it overrides their profile's e-mail, zone and first language. A user's profile names
/// the organization they work for, whose staff-wide events (an acceptance, a late scorecard) they then receive.
/// </summary>
public sealed class NotificationProfile
{
    private NotificationProfile()
    {
    }

    internal NotificationProfile(Recipient recipient)
    {
        RecipientKey = recipient.Key;
    }

    public string RecipientKey { get; private set; } = "";

    public Guid? OrganizationId { get; private set; }

    public string? DisplayName { get; private set; }

    public string? Email { get; private set; }

    public string? TimeZone { get; private set; }

    public string? Language { get; private set; }

    internal void Update(Guid? organizationId, string? displayName, string? email, string? timeZone, string? language)
    {
        OrganizationId = organizationId ?? OrganizationId;
        DisplayName = displayName ?? DisplayName;
        Email = email ?? Email;
        TimeZone = timeZone ?? TimeZone;
        Language = language ?? Language;
    }
}
