using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Polly;

namespace Panelist.Plugins.Hosting;

/// <summary>Registration of plugin hosting.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Registers the <see cref="PluginCatalog"/> (a singleton) and a hosted service that loads the plugins at
    /// start and reloads changed ones. Registration touches no file; the options are validated at start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets <see cref="PluginHostingOptions.PluginsPath"/> and, optionally, the timeouts.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddPluginHosting(this IServiceCollection services, Action<PluginHostingOptions> configure)
    {
        services.AddOptions<PluginHostingOptions>()
            .Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.PluginsPath), "Plugins:PluginsPath is required.")
            .Validate(o => o.CallTimeout > TimeSpan.Zero && o.LoadTimeout > TimeSpan.Zero, "Plugin timeouts must be positive.")
            .Validate(o => o.ReloadDebounce >= TimeSpan.Zero, "Plugins:ReloadDebounce must not be negative.")
            .Validate(o => o.MaxConsecutiveTimeouts > 0, "Plugins:MaxConsecutiveTimeouts must be positive.")
            .Validate(o => o.RequestTimeout > TimeSpan.Zero && o.RequestTimeout <= o.CallTimeout, "Plugins:RequestTimeout must be positive and at most Plugins:CallTimeout.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PluginCatalog>();
        services.TryAddSingleton<Calling.InstallationThrottles>();
        services.TryAddSingleton<Calling.ConnectorCaller>();
        services.AddHttpClient(Calling.ConnectorCaller.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2), ConnectTimeout = TimeSpan.FromSeconds(10) })
            .AddResilienceHandler("per-request-timeout", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<PluginHostingOptions>>().Value.RequestTimeout));
        services.AddHostedService<PluginHostingService>();
        return services;
    }

    /// <summary>The outbox dispatcher (the <c>Dispatcher</c> options), as a hosted service and as a singleton for tests.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Binds <see cref="Dispatch.DispatcherOptions"/>.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddDeliveryDispatcher(this IServiceCollection services, Action<Dispatch.DispatcherOptions> configure)
    {
        services.AddOptions<Dispatch.DispatcherOptions>().Configure(configure)
            .Validate(o => o.BatchSize > 0 && o.MaxAttempts > 0 && o.CircuitBreakerThreshold > 0, "Dispatcher sizes must be positive.")
            .Validate(o => o.LeaseDuration > TimeSpan.Zero && o.RetainDelivered > TimeSpan.Zero && o.PruneInterval > TimeSpan.Zero,
                "Dispatcher:LeaseDuration, RetainDelivered and PruneInterval must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<Dispatch.DispatcherMetrics>();
        services.TryAddSingleton<Dispatch.DeliveryDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<Dispatch.DeliveryDispatcher>());
        return services;
    }
}
