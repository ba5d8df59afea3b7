using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Tests.Harness;

/// <summary>
/// A connector whose delivery takes two vendor requests, as Greenhouse's "create the interview, then attach the
/// panel" does: it keeps the id of step one in the store before step two, so a replay after step two failed
/// starts at step two instead of creating a second record.
/// </summary>
internal sealed class TwoStepConnector : IAtsConnector
{
    public ConnectorDescriptor Descriptor { get; } = new()
    {
        Id = "two-step",
        Name = "Two-step ATS",
        Version = "1.0.0",
        SupportedEvents = [IntegrationEventTypes.InterviewScheduled],
        SettingsSchema = [],
    };

    public Task<SettingsValidationResult> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken) =>
        Task.FromResult(SettingsValidationResult.Valid);

    public Task<ConnectionCheckResult> CheckConnectionAsync(ConnectorContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ConnectionCheckResult.Ok());

    public async Task<DeliveryResult> DeliverAsync(ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var store = context.Store ?? throw new InvalidOperationException("This connector needs SDK 1.1's store.");
        var key = $"created:{integrationEvent.EventId:N}";
        var created = await store.GetAsync(key, cancellationToken);
        if (created is null)
        {
            using var create = await context.HttpClient.PostAsync("create", new StringContent(context.IdempotencyKey!), cancellationToken);
            created = (await create.Content.ReadAsStringAsync(cancellationToken)).Trim();
            await store.SetAsync(key, created, cancellationToken);
        }

        using var attach = await context.HttpClient.PostAsync($"attach/{created}", content: null, cancellationToken);
        return attach.IsSuccessStatusCode ? new Delivered(created) : new RetryLater(null, $"attach answered {(int)attach.StatusCode}");
    }
}
