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

    /// <summary>For tests whose fake answers late on purpose (2 s: SlowNextCreate, SlowNextPut, GhostNextPanel, FakeAts' slow answers).</summary>
    public static TimeSpan ShortRequestTimeout { get; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// For tests where one late answer must time out and every other call must not: an ordinary call once took over
    /// 1 s under CI load (Workday, then Lever), so the timeout is 3 s and the late answer 5 s.
    /// </summary>
    public static TimeSpan LoadedRequestTimeout { get; } = TimeSpan.FromSeconds(3);

    /// <inheritdoc cref="LoadedRequestTimeout"/>
    public static TimeSpan LoadedSlowAnswer { get; } = TimeSpan.FromSeconds(5);

    public DeliveryDispatcher Dispatcher => _services.GetRequiredService<DeliveryDispatcher>();

    public IServiceProvider Services => _services;

    /// <param name="requestTimeout">
    /// Per vendor request. 10 s by default, so that a cold first request to a fake on a loaded machine never times out;
    /// a test that makes its fake answer late on purpose passes a short one.
    /// </param>
    public static async Task<DispatcherHost> StartAsync(TestDatabase database, string pluginsRoot, Action<DispatcherOptions>? configure = null,
        TimeSpan? requestTimeout = null)
    {
        var services = new ServiceCollection().AddLogging().AddDomain(database.Provider, database.ConnectionString);
        services.AddConnectorSecrets();
        services.AddPluginHosting(o =>
        {
            o.PluginsPath = pluginsRoot;
            o.RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(10);
            // The whole connector call holds its requests (a lookup and a write, a token exchange): at least two of them.
            o.CallTimeout = o.RequestTimeout * 2 > TimeSpan.FromSeconds(5) ? o.RequestTimeout * 2 : TimeSpan.FromSeconds(5);
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
