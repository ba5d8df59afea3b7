using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panelist.Domain.Integrations;
using Panelist.Plugins.Sdk;
using SdkEvent = Panelist.Plugins.Sdk.Events.IntegrationEvent;

namespace Panelist.Plugins.Hosting.Calling;

/// <summary>
/// The one place that calls a connector on behalf of an installation, for deliveries and for
/// <c>testConnectorConnection</c> alike: it builds the context (settings with decrypted secrets, a logger,
/// the idempotency key, the installation's store and interviewer directory) and the installation's HttpClient
/// from <see cref="IHttpClientFactory"/>'s pooled handlers (per-request timeout from <see cref="PluginHostingOptions.RequestTimeout"/>), wrapped in the
/// handler that counts every request against the vendor's rate limit and the installation's concurrency.
/// A throttle the connector declares (<see cref="RetryLater.ThrottledUntil"/>) is held like one seen on the wire.
/// </summary>
public sealed class ConnectorCaller(PluginCatalog plugins, IHttpMessageHandlerFactory handlers, ISecretProtector secrets, IServiceScopeFactory scopes,
    InstallationThrottles throttles, IOptions<PluginHostingOptions> options, ILoggerFactory loggers, TimeProvider time)
{
    /// <summary>The named client whose handlers (primary handler, resilience pipeline) every connector request goes through.</summary>
    public const string HttpClientName = "Panelist.Connectors";

    private readonly ConcurrentDictionary<Guid, (int Size, SemaphoreSlim Gate)> _gates = new();

    /// <summary>Delivers one event; the connector's failures come back as results, never as exceptions.</summary>
    public async Task<ConnectorCallResult<DeliveryResult>> DeliverAsync(ConnectorInstallation installation, string idempotencyKey, SdkEvent integrationEvent,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        var observation = new CallObservation();
        using var http = CreateClient(installation, observation);
        var result = await plugins.DeliverAsync(installation.ConnectorId, Context(installation, http, idempotencyKey), integrationEvent, cancellationToken);
        if (result is RetryLater { ThrottledUntil: { } until })
        {
            // The connector read the throttle where the handler cannot (a vendor's own headers or body): held like a
            // 429 on the wire, so this replica's other calls for the installation stop at once and no attempt is spent.
            var wait = until - time.GetUtcNow();
            wait = wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            observation.Throttled(wait, $"the connector reported the installation throttled until {until.UtcDateTime:u}");
            throttles.Hold(installation.Id, wait);
        }

        return new ConnectorCallResult<DeliveryResult>(result, observation);
    }

    /// <summary>Asks the connector for the vendor's values of one setting (for a settings UI), with the installation's stored settings.</summary>
    public async Task<ConnectorCallResult<SettingValuesResult>> ListSettingValuesAsync(ConnectorInstallation installation, string settingName,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        var observation = new CallObservation();
        using var http = CreateClient(installation, observation);
        var result = await plugins.ListSettingValuesAsync(installation.ConnectorId, Context(installation, http, null), settingName, cancellationToken);
        return new ConnectorCallResult<SettingValuesResult>(result, observation);
    }

    /// <summary>Asks the connector to reach the ATS with the installation's stored settings.</summary>
    public async Task<ConnectorCallResult<ConnectionCheckResult>> CheckConnectionAsync(ConnectorInstallation installation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(installation);
        var observation = new CallObservation();
        using var http = CreateClient(installation, observation);
        var result = await plugins.CheckConnectionAsync(installation.ConnectorId, Context(installation, http, null), cancellationToken);
        return new ConnectorCallResult<ConnectionCheckResult>(result, observation);
    }

    private ConnectorContext Context(ConnectorInstallation installation, HttpClient http, string? idempotencyKey) => new()
    {
        InstallationId = installation.Id,
        // Defaults fill what the installation left out, also settings a newer connector version added since it was saved.
        Settings = plugins.Find(installation.ConnectorId)?.Descriptor is { } descriptor
            ? descriptor.WithDefaults(InstallationSettings.Read(installation, secrets))
            : InstallationSettings.Read(installation, secrets),
        HttpClient = http,
        Logger = loggers.CreateLogger($"Panelist.Connectors.{installation.ConnectorId}"),
        IdempotencyKey = idempotencyKey,
        Store = new InstallationStore(installation, scopes),
        Interviewers = new InstallationInterviewers(installation, scopes),
    };

    private HttpClient CreateClient(ConnectorInstallation installation, CallObservation observation)
    {
        var limit = plugins.Find(installation.ConnectorId)?.Descriptor?.RateLimit is { Requests: > 0 } rateLimit && rateLimit.Period > TimeSpan.Zero ? rateLimit : null;
        var handler = new VendorRequestHandler(installation, limit, Gate(installation), throttles, scopes, observation, time)
        {
            // Pooled and owned by the factory (which also rotates it); the client below must not dispose it.
            InnerHandler = handlers.CreateHandler(HttpClientName),
        };

        // The whole call's budget is the plugin guard's; each request has the resilience pipeline's shorter timeout.
        return new HttpClient(handler, disposeHandler: false) { Timeout = options.Value.CallTimeout };
    }

    private SemaphoreSlim? Gate(ConnectorInstallation installation)
    {
        if (installation.MaxConcurrency is not { } size)
        {
            return null;
        }

        // A changed limit takes a new gate; calls holding the old one finish on it.
        return _gates.AddOrUpdate(installation.Id, _ => (size, new SemaphoreSlim(size, size)),
            (_, current) => current.Size == size ? current : (size, new SemaphoreSlim(size, size))).Gate;
    }
}
