using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Workday;

/// <summary>
/// Sends one Recruiting operation to the installation's tenant: a Bearer token (OAuth) or a WS-Security user name
/// token in the envelope. A 401 to a cached access token is answered once with a fresh token; a second refusal is final.
/// </summary>
internal static class WorkdayClient
{
    public static async Task<(XElement? Body, DeliveryResult? Failure)> CallAsync(ConnectorContext context, string operation, XElement request,
        CancellationToken cancellationToken)
    {
        var settings = context.Settings;
        string? refused = null;
        for (var attempt = 1; ; attempt++)
        {
            string? bearer = null;
            if (WorkdaySettings.UsesOAuth(settings))
            {
                var (token, failure) = await OAuthTokens.GetAsync(context, refused, cancellationToken);
                if (failure is not null)
                {
                    return (null, failure);
                }

                bearer = token;
            }

            using var message = new HttpRequestMessage(HttpMethod.Post, WorkdaySettings.ServiceUri(settings));
            if (bearer is not null)
            {
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            }

            // SOAP 1.1 wants the header; Workday's endpoint routes by the body element, so it carries no action.
            message.Headers.Add("SOAPAction", "\"\"");
            var envelope = Soap.Envelope(request, bearer is null ? UsernameToken(settings) : null);
            message.Content = new StringContent(envelope.Declaration + envelope.ToString(SaveOptions.DisableFormatting), Encoding.UTF8, "text/xml");
            using var response = await context.HttpClient.SendAsync(message, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized && bearer is not null && attempt == 1)
            {
                // The cached token may have been revoked or expired early: one fresh token, then the answer stands.
                refused = bearer;
                continue;
            }

            return await SoapAnswer.ReadAsync(response, settings, operation, DateTimeOffset.UtcNow, cancellationToken);
        }
    }

    private static (string User, string Password) UsernameToken(IReadOnlyDictionary<string, string> settings)
    {
        var user = WorkdaySettings.Get(settings, WorkdaySettings.Username);
        var tenant = WorkdaySettings.Get(settings, WorkdaySettings.Tenant);
        return (user.Contains('@', StringComparison.Ordinal) ? user : $"{user}@{tenant}", WorkdaySettings.Get(settings, WorkdaySettings.Password));
    }
}
