using Panelist.Domain.Changes;

namespace Panelist.Api.GraphQL.Subscriptions;

/// <summary>Keeps this replica listening to the change bus for the life of the process (a no-op on SQLite).</summary>
public sealed class ChangeListenerService(ChangeBus bus) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => bus.RunAsync(stoppingToken);
}
