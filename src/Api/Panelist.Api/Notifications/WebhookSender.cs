using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Integrations;
using Panelist.Domain.Notifications;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Notifications;

/// <summary>POSTs one webhook notification, signed with the organization's secret; any answer but 2xx is a failure to retry.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, ISecretProtector secrets, TimeProvider time)
{
    public const string ClientName = "notification-webhooks";

    /// <summary>Null when delivered, else why not.</summary>
    public async Task<string?> SendAsync(PanelistDbContext db, NotificationDelivery delivery, CancellationToken ct)
    {
        var endpoint = await db.WebhookEndpoints.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(w => w.OrganizationId == delivery.OrganizationId, ct);
        if (endpoint is null)
        {
            return "The organization has no webhook endpoint any more.";
        }

        var secret = secrets.Unprotect(endpoint.ProtectedSecret)["secret"];
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Address) { Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSigner.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSigner.SignatureHeader, WebhookSigner.Sign(secret, timestamp, delivery.Body));
        request.Headers.Add(WebhookSigner.DeliveryHeader, delivery.IdempotencyKey);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        return response.IsSuccessStatusCode ? null : $"The webhook answered HTTP {(int)response.StatusCode}.";
    }
}
