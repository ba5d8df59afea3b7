using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.Connectors;
using Panelist.Domain;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Hosting.Dispatch;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Dispatch;

/// <summary>One dispatcher as a replica runs it: its own services, plugin catalog and connector HTTP clients, over a shared database.</summary>
internal sealed class DispatcherHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DispatcherHost(ServiceProvider services) => _services = services;

    public DeliveryDispatcher Dispatcher => _services.GetRequiredService<DeliveryDispatcher>();

    public IServiceProvider Services => _services;

    /// <param name="requestTimeout">Per vendor request; 1 s unless a test makes its fake slow on purpose.</param>
    public static async Task<DispatcherHost> StartAsync(TestDatabase database, string pluginsRoot, Action<DispatcherOptions>? configure = null,
        TimeSpan? requestTimeout = null)
    {
        var services = new ServiceCollection().AddLogging().AddDomain(database.Provider, database.ConnectionString);
        services.AddConnectorSecrets();
        services.AddPluginHosting(o =>
        {
            o.PluginsPath = pluginsRoot;
            o.CallTimeout = TimeSpan.FromSeconds(5);
            o.RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(1);
            o.WatchForChanges = false;
        });
        services.AddDeliveryDispatcher(o =>
        {
            o.BatchSize = 10;
            o.MaxAttempts = 10;
            o.BaseDelay = TimeSpan.FromMilliseconds(50);
            o.MaxDelay = TimeSpan.FromSeconds(1);
            o.CircuitBreakerThreshold = 6;
            o.CircuitBreakerCooldown = TimeSpan.FromMilliseconds(500);
            o.LeaseDuration = TimeSpan.FromSeconds(10);
            configure?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<PluginCatalog>().RefreshAsync(CancellationToken.None);
        return new DispatcherHost(provider);
    }

    /// <summary>Dispatch rounds until <paramref name="done"/> says so or the token stops this "replica".</summary>
    public async Task RunAsync(Func<Task<bool>> done, CancellationToken stop)
    {
        var attempt = Dispatcher.CreateAttempt();
        while (!stop.IsCancellationRequested && !await done())
        {
            try
            {
                if (await Dispatcher.DispatchOnceAsync(attempt, stop) == 0)
                {
                    await Task.Delay(50, stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
    }
}
