using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Panelist.Plugins.Hosting.Loading;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Hosting;

/// <summary>
/// The plugins under <see cref="PluginHostingOptions.PluginsPath"/>, their states, and the only way to call
/// a connector: every call is guarded, so a connector that throws or hangs yields a result, never an
/// exception or a blocked caller.
/// </summary>
public sealed class PluginCatalog : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private readonly PluginHostingOptions _options;
    private readonly PluginFactory _factory;
    private readonly ILogger<PluginCatalog> _logger;
    private readonly TimeProvider _time;

    /// <summary>Creates an empty catalog; <see cref="RefreshAsync"/> loads the plugins.</summary>
    public PluginCatalog(IOptions<PluginHostingOptions> options, ILogger<PluginCatalog> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        _time = time;
        _factory = new PluginFactory(_options.LoadTimeout, time);
        Root = Path.GetFullPath(_options.PluginsPath);
    }

    /// <summary>Raised after a plugin was loaded, refused, faulted or removed (then with the last state it had).</summary>
    public event EventHandler<PluginState>? StateChanged;

    /// <summary>The absolute plugins folder.</summary>
    public string Root { get; }

    /// <summary>Every plugin folder's state, by id.</summary>
    public IReadOnlyList<PluginState> Plugins => [.. _slots.Values.Select(s => s.State).OrderBy(s => s.Id, StringComparer.Ordinal)];

    /// <summary>The state of one plugin, or <see langword="null"/> when there is no such folder.</summary>
    public PluginState? Find(string id) => _slots.TryGetValue(id, out var slot) ? slot.State : null;

    /// <summary>Loads every plugin folder afresh and forgets plugins whose folder is gone.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Root);
        var ids = Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids.Union(_slots.Keys).Order(StringComparer.Ordinal).ToList())
        {
            await ReloadAsync(id, cancellationToken);
        }
    }

    /// <summary>
    /// Loads the plugin in <c>&lt;root&gt;/&lt;id&gt;</c> again (or for the first time, or forgets it when the
    /// folder is gone). The old instance serves calls until the new one is in place; then its load context is
    /// unloaded and can be collected once its last call returns.
    /// </summary>
    public async Task ReloadAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (id != Path.GetFileName(id) || id is "." or "..")
        {
            throw new ArgumentException("A plugin id is a folder name directly under the plugins folder.", nameof(id));
        }

        await _reloading.WaitAsync(cancellationToken);
        try
        {
            var folder = Path.Combine(Root, id);
            if (!Directory.Exists(folder))
            {
                if (_slots.TryRemove(id, out var removed))
                {
                    _logger.LogInformation("Plugin {PluginId} removed: its folder is gone", id);
                    await UnloadAsync(removed);
                    StateChanged?.Invoke(this, removed.State);
                }

                return;
            }

            var (plugin, state) = await _factory.LoadAsync(folder, cancellationToken);
            var previous = _slots.TryGetValue(id, out var old) ? old : null;
            _slots[id] = new Slot(state, plugin);
            Log(state);
            if (previous is not null)
            {
                await UnloadAsync(previous);
            }

            StateChanged?.Invoke(this, state);
        }
        finally
        {
            _reloading.Release();
        }
    }

    /// <summary>Asks the connector to validate settings; the schema's required fields are checked first.</summary>
    public async Task<SettingsValidationResult> ValidateSettingsAsync(string connectorId, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        if (!TryGetLoaded(connectorId, out var plugin, out var unavailable))
        {
            return SettingsValidationResult.Invalid(new SettingError("", unavailable));
        }

        var required = plugin.Descriptor.ValidateAgainstSchema(settings);
        if (!required.IsValid)
        {
            return required;
        }

        // The connector sees the settings as it will receive them in its context: defaults filled in.
        var completed = plugin.Descriptor.WithDefaults(settings);
        var outcome = await CallAsync(plugin, nameof(IAtsConnector.ValidateSettingsAsync), Guid.Empty, ct => plugin.Connector.ValidateSettingsAsync(completed, ct), cancellationToken);
        return outcome.Value ?? SettingsValidationResult.Invalid(new SettingError("", Failure(connectorId, outcome)));
    }

    /// <summary>Asks the connector to call the ATS with an installation's settings.</summary>
    public async Task<ConnectionCheckResult> CheckConnectionAsync(string connectorId, ConnectorContext context, CancellationToken cancellationToken)
    {
        if (!TryGetLoaded(connectorId, out var plugin, out var unavailable))
        {
            return ConnectionCheckResult.Failed(unavailable);
        }

        ArgumentNullException.ThrowIfNull(context);
        if (Refused(plugin, context.InstallationId) is { } refused)
        {
            return ConnectionCheckResult.Failed(refused);
        }

        var outcome = await CallAsync(plugin, nameof(IAtsConnector.CheckConnectionAsync), context.InstallationId, ct => plugin.Connector.CheckConnectionAsync(context, ct), cancellationToken);
        return outcome.Value ?? ConnectionCheckResult.Failed(Failure(connectorId, outcome));
    }

    /// <summary>
    /// Asks a connector that implements <see cref="ISettingValueSource"/> for the vendor's values of one setting.
    /// A connector that is not loaded, lists no values, throws or does not answer in time gives a failed result.
    /// </summary>
    public async Task<SettingValuesResult> ListSettingValuesAsync(string connectorId, ConnectorContext context, string settingName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TryGetLoaded(connectorId, out var plugin, out var unavailable))
        {
            return SettingValuesResult.Failed(unavailable);
        }

        if (plugin.Connector is not ISettingValueSource source)
        {
            return SettingValuesResult.Failed($"connector '{connectorId}' lists no vendor values for its settings");
        }

        if (Refused(plugin, context.InstallationId) is { } refused)
        {
            return SettingValuesResult.Failed(refused);
        }

        var outcome = await CallAsync(plugin, nameof(ISettingValueSource.ListValuesAsync), context.InstallationId,
            ct => source.ListValuesAsync(context, settingName, ct), cancellationToken);
        return outcome.Value ?? SettingValuesResult.Failed(Failure(connectorId, outcome));
    }

    /// <summary>
    /// Delivers an event through the connector. A connector that is not loaded, throws or does not answer in
    /// time gives <see cref="RetryLater"/>; an event type it does not support gives <see cref="Rejected"/>
    /// with code <c>EVENT_NOT_SUPPORTED</c>.
    /// </summary>
    /// <exception cref="OperationCanceledException">Only when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async Task<DeliveryResult> DeliverAsync(string connectorId, ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (!TryGetLoaded(connectorId, out var plugin, out var unavailable))
        {
            return new RetryLater(null, unavailable);
        }

        if (Refused(plugin, context.InstallationId) is { } refused)
        {
            // The host, not the vendor, holds these calls back: a wait like a throttle, spending no attempt.
            var now = _time.GetUtcNow();
            var wait = (plugin.RefusedUntil(context.InstallationId, now) ?? now) - now;
            return new RetryLater(wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1), refused);
        }

        if (!plugin.Descriptor.SupportedEvents.Contains(integrationEvent.EventType))
        {
            return new Rejected("EVENT_NOT_SUPPORTED", $"{connectorId} does not deliver {integrationEvent.EventType} events");
        }

        var outcome = await CallAsync(plugin, nameof(IAtsConnector.DeliverAsync), context.InstallationId, ct => plugin.Connector.DeliverAsync(context, integrationEvent, ct), cancellationToken);
        return outcome.Value ?? new RetryLater(null, Failure(connectorId, outcome));
    }

    /// <summary>Unloads every plugin.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var id in _slots.Keys.ToList())
        {
            if (_slots.TryRemove(id, out var slot))
            {
                await UnloadAsync(slot);
            }
        }

        _reloading.Dispose();
    }

    /// <summary>For tests: a weak reference to the load context of a loaded plugin.</summary>
    internal WeakReference? LoadContextOf(string id) => _slots.TryGetValue(id, out var slot) ? slot.Plugin?.LoadContext : null;

    /// <summary>
    /// Runs the call through the guard and keeps the strikes: only a call that hung (ignored its budget's
    /// cancellation) strikes, and strikes are per installation, so one slow tenant never stops the connector
    /// for the others. Hung calls made for no installation fault the plugin.
    /// </summary>
    private async Task<GuardOutcome<T>> CallAsync<T>(LoadedPlugin plugin, string method, Guid installationId, Func<CancellationToken, Task<T>> call,
        CancellationToken cancellationToken)
        where T : class
    {
        var outcome = await ConnectorGuard.RunAsync(call, _options.CallTimeout, cancellationToken);
        if (!outcome.TimedOut)
        {
            plugin.RecordAnswer(installationId);
            if (outcome.Failure is not null)
            {
                _logger.LogWarning("Connector {PluginId} failed in {Method}: {Failure}", plugin.Manifest.Id, method, outcome.Failure);
            }

            return outcome;
        }

        _logger.LogWarning("Connector {PluginId} did not answer {Method} within {Timeout} (installation {InstallationId}, hung: {Hung})",
            plugin.Manifest.Id, method, _options.CallTimeout, installationId, outcome.Hung);
        if (!outcome.Hung)
        {
            return outcome;
        }

        var hangs = plugin.RecordHang(installationId);
        if (hangs >= _options.MaxConsecutiveTimeouts)
        {
            if (installationId == Guid.Empty)
            {
                await FaultAsync(plugin, $"{hangs} calls in a row did not answer within {_options.CallTimeout.TotalSeconds:0.###} s (last: {method})");
            }
            else
            {
                plugin.Refuse(installationId, _time.GetUtcNow() + _options.HangCooldown);
                _logger.LogWarning("Connector {PluginId} hung {Hangs} calls in a row for installation {InstallationId}; not calling it for {Cooldown}",
                    plugin.Manifest.Id, hangs, installationId, _options.HangCooldown);
            }
        }

        return outcome;
    }

    private string? Refused(LoadedPlugin plugin, Guid installationId) =>
        plugin.RefusedUntil(installationId, _time.GetUtcNow()) is { } until
            ? $"connector '{plugin.Manifest.Id}' hung {_options.MaxConsecutiveTimeouts} calls in a row for this installation; it is not called for it before {until:u}"
            : null;

    private async Task FaultAsync(LoadedPlugin plugin, string reason)
    {
        var id = plugin.Manifest.Id;
        if (_slots.TryGetValue(id, out var slot) && ReferenceEquals(slot.Plugin, plugin))
        {
            var state = slot.State with { Status = PluginStatus.Faulted, Reason = reason, Descriptor = null, ChangedAt = _time.GetUtcNow() };
            if (_slots.TryUpdate(id, new Slot(state, null), slot))
            {
                Log(state);
                await UnloadAsync(slot);
                StateChanged?.Invoke(this, state);
            }
        }
    }

    private bool TryGetLoaded(string connectorId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LoadedPlugin? plugin, out string unavailable)
    {
        plugin = _slots.TryGetValue(connectorId, out var slot) ? slot.Plugin : null;
        unavailable = plugin is not null ? ""
            : slot is null ? $"no connector '{connectorId}' is installed on this host"
            : $"connector '{connectorId}' is {slot.State.Status}: {slot.State.Reason}";
        return plugin is not null;
    }

    private string Failure<T>(string connectorId, GuardOutcome<T> outcome)
        where T : class =>
        outcome.TimedOut
            ? $"connector '{connectorId}' did not answer within {_options.CallTimeout.TotalSeconds:0.###} s"
            : $"connector '{connectorId}' failed: {outcome.Failure}";

    private async Task UnloadAsync(Slot slot)
    {
        if (slot.Plugin is not null)
        {
            await slot.Plugin.UnloadAsync(_options.LoadTimeout);
        }
    }

    private void Log(PluginState state)
    {
        if (state.Status == PluginStatus.Loaded)
        {
            _logger.LogInformation("Plugin {PluginId} {Version} loaded", state.Id, state.Version);
        }
        else
        {
            _logger.LogWarning("Plugin {PluginId} {Status}: {Reason}", state.Id, state.Status, state.Reason);
        }
    }

    private sealed record Slot(PluginState State, LoadedPlugin? Plugin);
}
