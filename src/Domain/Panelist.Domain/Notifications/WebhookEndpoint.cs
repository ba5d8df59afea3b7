using Panelist.Domain.Common;

namespace Panelist.Domain.Notifications;

/// <summary>
/// Where an organization's systems receive notifications: an https URL and the HMAC-SHA256 signing secret, encrypted at
/// rest with <see cref="Integrations.ISecretProtector"/> and never returned.
/// </summary>
public sealed class WebhookEndpoint : Entity, ITenantOwned
{
    private WebhookEndpoint()
        : base(default(FromStore))
    {
    }

    internal WebhookEndpoint(Guid organizationId, string url, string protectedSecret)
    {
        OrganizationId = organizationId;
        Url = url;
        ProtectedSecret = protectedSecret;
        Enabled = true;
    }

    public Guid OrganizationId { get; private set; }

    public string Url { get; private set; } = "";

    public string ProtectedSecret { get; private set; } = "";

    public bool Enabled { get; private set; }

    internal void Change(string url, string protectedSecret, bool enabled)
    {
        Url = url;
        ProtectedSecret = protectedSecret;
        Enabled = enabled;
    }
}
