using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Sdk.Testing;

/// <summary>
/// Calls a connector as the host does, without the host: one context per call (with the host's idempotency key
/// for deliveries), the call budget as a cancellation, the descriptor's event list enforced. It records every
/// delivery. Exceptions from the connector are not caught: the host would turn them into a
/// <see cref="RetryLater"/>, but in a test you want to see them.
/// </summary>
public sealed class ConnectorHarness
{
    private readonly IAtsConnector _connector;
    private readonly ConnectorHarnessOptions _options;
    private readonly List<DeliveryRecord> _deliveries = [];
    private readonly Lock _lock = new();

    /// <summary>A harness for one installation of <paramref name="connector"/>.</summary>
    /// <param name="connector">A new instance of your connector class.</param>
    /// <param name="options">The installation's settings and the client pointed at your fake ATS.</param>
    public ConnectorHarness(IAtsConnector connector, ConnectorHarnessOptions options)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(options);
        _connector = connector;
        _options = options;
    }

    /// <summary>Every delivery made so far, in call order.</summary>
    public IReadOnlyList<DeliveryRecord> Deliveries
    {
        get
        {
            lock (_lock)
            {
                return [.. _deliveries];
            }
        }
    }

    /// <summary>
    /// The host's idempotency key: the event id and the installation id, each as 32 lower-case hex digits
    /// without dashes, joined by a colon (<c>{eventId:N}:{installationId:N}</c>, 65 characters).
    /// </summary>
    /// <param name="eventId">The event's <see cref="IntegrationEvent.EventId"/>.</param>
    /// <param name="installationId">The installation id.</param>
    /// <returns>The key the host sets as <see cref="ConnectorContext.IdempotencyKey"/> on every attempt of that delivery.</returns>
    public static string IdempotencyKeyFor(Guid eventId, Guid installationId) => $"{eventId:N}:{installationId:N}";

    /// <summary>Validates the settings as the host does: first the descriptor's schema, then the connector's own checks.</summary>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The schema's errors, or else the connector's result.</returns>
    public async Task<SettingsValidationResult> ValidateSettingsAsync(CancellationToken cancellationToken = default)
    {
        var schema = _connector.Descriptor.ValidateAgainstSchema(_options.Settings);
        if (!schema.IsValid)
        {
            return schema;
        }

        using var budget = Budget(cancellationToken);
        return await _connector.ValidateSettingsAsync(_options.Settings, budget.Token);
    }

    /// <summary>Calls <see cref="IAtsConnector.CheckConnectionAsync"/> with a context that has no idempotency key.</summary>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>What the connector returned.</returns>
    public async Task<ConnectionCheckResult> CheckConnectionAsync(CancellationToken cancellationToken = default)
    {
        using var budget = Budget(cancellationToken);
        return await _connector.CheckConnectionAsync(Context(null), budget.Token);
    }

    /// <summary>Delivers one event once; a second call with the same event is its next attempt, with the same key.</summary>
    /// <param name="integrationEvent">The event, e.g. from <see cref="RecordedEvents"/>.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>What the connector returned (also in <see cref="Deliveries"/>).</returns>
    public async Task<DeliveryResult> DeliverAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (!_connector.Descriptor.SupportedEvents.Contains(integrationEvent.EventType))
        {
            throw new ConnectorAssertionException(
                $"{_connector.Descriptor.Id} does not list {integrationEvent.EventType} in its SupportedEvents, so the host would never offer it that event.");
        }

        var key = IdempotencyKeyFor(integrationEvent.EventId, _options.InstallationId);
        using var budget = Budget(cancellationToken);
        var result = await _connector.DeliverAsync(Context(key), integrationEvent, budget.Token)
            ?? throw new ConnectorAssertionException($"{_connector.Descriptor.Id} returned null for {integrationEvent.EventType}; return Delivered, RetryLater or Rejected.");
        lock (_lock)
        {
            var attempt = _deliveries.Count(d => d.Event.EventId == integrationEvent.EventId) + 1;
            _deliveries.Add(new DeliveryRecord(integrationEvent, key, attempt, result));
        }

        return result;
    }

    /// <summary>Delivers each event once, in order, as the host does for one subject.</summary>
    /// <param name="events">The events, e.g. <see cref="RecordedEvents.LoadFolder"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>One record per event.</returns>
    public async Task<IReadOnlyList<DeliveryRecord>> DeliverAllAsync(IEnumerable<IntegrationEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var records = new List<DeliveryRecord>();
        foreach (var integrationEvent in events)
        {
            await DeliverAsync(integrationEvent, cancellationToken);
            records.Add(Deliveries[^1]);
        }

        return records;
    }

    /// <summary>
    /// Delivers an event again, with the same key, while the connector answers <see cref="RetryLater"/>, without
    /// waiting (the host would wait for <see cref="RetryLater.After"/> or its backoff): what a vendor that is
    /// flaky, then recovers, looks like to your idempotency handling.
    /// </summary>
    /// <param name="integrationEvent">The event.</param>
    /// <param name="maxAttempts">The most attempts to make.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The last result: not a <see cref="RetryLater"/> unless every attempt was one.</returns>
    public async Task<DeliveryResult> DeliverUntilSettledAsync(IntegrationEvent integrationEvent, int maxAttempts = 5, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        DeliveryResult result;
        var attempts = 0;
        do
        {
            result = await DeliverAsync(integrationEvent, cancellationToken);
        }
        while (result is RetryLater && ++attempts < maxAttempts);

        return result;
    }

    private ConnectorContext Context(string? idempotencyKey) =>
        _options.ContextFactory(new HarnessCall(_options.InstallationId, _options.Settings, _options.HttpClient, _options.Logger, idempotencyKey)
        {
            Store = _options.Store,
            Interviewers = _options.Interviewers,
        });

    private CancellationTokenSource Budget(CancellationToken cancellationToken)
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.CallTimeout);
        return budget;
    }
}
