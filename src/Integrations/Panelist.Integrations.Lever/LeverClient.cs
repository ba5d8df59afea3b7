using System.Text;
using System.Text.Json.Nodes;
using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Lever;

/// <summary>
/// Sends one request to the installation's Lever API: authorised (<see cref="LeverAuth"/>), JSON in and out, and for
/// every write <c>?perform_as=&lt;Lever user id&gt;</c>, which Lever needs to attribute feedback, panels and interviews.
/// An OAuth 401 is retried once with a fresh token, since a cached token may have been revoked early.
/// </summary>
internal sealed class LeverClient(ConnectorContext context)
{
    private readonly LeverAuth _auth = new(context);
    private readonly Uri _base = LeverSettings.BaseUri(context.Settings);

    public string ActingUser => LeverSettings.Get(context.Settings, LeverSettings.PerformAs);

    public Task<LeverAnswer> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, path, null, null, cancellationToken);

    public Task<LeverAnswer> WriteAsync(HttpMethod method, string path, JsonNode? body, string performAs, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, performAs, cancellationToken);

    private async Task<LeverAnswer> SendAsync(HttpMethod method, string path, JsonNode? body, string? performAs, CancellationToken cancellationToken)
    {
        var what = $"{method} /{path.Split('?')[0]}";
        string? refused = null;
        for (var attempt = 0; ; attempt++)
        {
            var (header, failure) = await _auth.HeaderAsync(refused, cancellationToken);
            if (failure is not null)
            {
                return new LeverAnswer(0, default, failure);
            }

            using var request = new HttpRequestMessage(method, new Uri(_base, WithPerformAs(path, performAs)));
            request.Headers.Authorization = header;
            if (body is not null)
            {
                request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            }

            using var response = await context.HttpClient.SendAsync(request, cancellationToken);
            if ((int)response.StatusCode == 401 && attempt == 0 && _auth.CanRefresh)
            {
                refused = header!.Parameter;
                continue;
            }

            return await LeverResponses.ReadAsync(response, what, context.Store, cancellationToken);
        }
    }

    public static string Escape(string id) => Uri.EscapeDataString(id);

    private static string WithPerformAs(string path, string? performAs) =>
        performAs is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}perform_as={Uri.EscapeDataString(performAs)}";
}
