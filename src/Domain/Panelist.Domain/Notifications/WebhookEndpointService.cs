using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;

namespace Panelist.Domain.Notifications;

/// <summary>An organization's webhook endpoint for notifications; apart from the other settings because it needs the host's secret protector.</summary>
public sealed class WebhookEndpointService(DomainScope scope, ISecretProtector secrets) : DomainService(scope)
{
    /// <summary>Sets the organization's webhook endpoint; the secret is encrypted at once and never returned.</summary>
    public Task<Result<WebhookEndpoint>> ConfigureWebhookAsync(string url, string secret, bool enabled, CancellationToken ct = default) => Run(async () =>
    {
        NotificationSettingsService.RequireClientAdmin(Actor);
        var target = HttpsUrl.Require(url, "url");
        var key = Guard.Required(secret, "secret", 200);
        if (key.Length < 16)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, "A signing secret has at least 16 characters.", "secret");
        }

        var protectedSecret = secrets.Protect(new Dictionary<string, string> { ["secret"] = key });
        var endpoint = await Db.WebhookEndpoints.FirstOrDefaultAsync(ct);
        if (endpoint is null)
        {
            endpoint = new WebhookEndpoint(CurrentOrganization, target, protectedSecret);
            Db.WebhookEndpoints.Add(endpoint);
        }

        endpoint.Change(target, protectedSecret, enabled);
        Audit.Record("notification.webhook_configured", nameof(WebhookEndpoint), endpoint.Id, new { url = target, enabled });
        return endpoint;
    }, ct);

}
