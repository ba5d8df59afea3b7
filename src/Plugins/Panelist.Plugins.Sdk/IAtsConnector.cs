using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Sdk;

/// <summary>
/// A connector that delivers Panelist's integration events to one applicant tracking system (ATS).
/// The host creates one instance per loaded plugin with a public parameterless constructor and calls it
/// concurrently for many installations, so an implementation keeps no per-installation state: everything
/// an installation owns arrives in the <see cref="ConnectorContext"/>.
/// </summary>
/// <remarks>
/// Expected failures are results, not exceptions: the host treats an exception or a call that outlives its
/// time budget as a fault of the connector (a delivery is retried later, a validation fails).
/// </remarks>
public interface IAtsConnector
{
    /// <summary>What the connector is: id, name, version, the events it handles, its settings and the vendor's rate limit.</summary>
    ConnectorDescriptor Descriptor { get; }

    /// <summary>
    /// Checks an installation's settings before they are saved, without calling the ATS: required fields,
    /// formats, allowed values. Secrets arrive decrypted.
    /// </summary>
    /// <param name="settings">The settings by <see cref="SettingField.Name"/>.</param>
    /// <param name="cancellationToken">Cancelled when the host stops waiting.</param>
    /// <returns><see cref="SettingsValidationResult.Valid"/>, or the errors per field.</returns>
    Task<SettingsValidationResult> ValidateSettingsAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken);

    /// <summary>Calls the ATS with the installation's settings to prove that they work (credentials, base URL, permissions).</summary>
    /// <param name="context">The installation's settings, HTTP client and logger.</param>
    /// <param name="cancellationToken">Cancelled when the host stops waiting.</param>
    /// <returns><see cref="ConnectionCheckResult.Ok"/>, or <see cref="ConnectionCheckResult.Failed"/> with a reason an admin can act on.</returns>
    Task<ConnectionCheckResult> CheckConnectionAsync(ConnectorContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Delivers one event to the ATS. Delivery is at least once: the same event can arrive again after a
    /// timeout or a restart, always with the same <see cref="ConnectorContext.IdempotencyKey"/>, which the
    /// connector passes to the ATS (or uses to look up an earlier attempt) so that the effect happens once.
    /// </summary>
    /// <param name="context">The installation's settings, HTTP client, logger and the idempotency key.</param>
    /// <param name="integrationEvent">The event; one of <see cref="ConnectorDescriptor.SupportedEvents"/>.</param>
    /// <param name="cancellationToken">Cancelled when the host stops waiting.</param>
    /// <returns><see cref="Delivered"/>, <see cref="RetryLater"/> or <see cref="Rejected"/>.</returns>
    Task<DeliveryResult> DeliverAsync(ConnectorContext context, IntegrationEvent integrationEvent, CancellationToken cancellationToken);
}
