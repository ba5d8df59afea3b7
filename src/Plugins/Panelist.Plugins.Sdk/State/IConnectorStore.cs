namespace Panelist.Plugins.Sdk.State;

/// <summary>
/// Durable key/value state of one installation, for what a connector must remember between calls: the ids the
/// vendor returned, cached OAuth access tokens, rotated refresh tokens, a cursor. Each write is committed on
/// its own before the method returns, independently of the delivery being attempted, so what was written
/// survives a <see cref="RetryLater"/>, a timeout or a crash of the host. Values are encrypted at rest, can be
/// read only by the installation that wrote them, and are deleted when the installation is uninstalled.
/// </summary>
/// <remarks>
/// Keys are at most <see cref="ConnectorStoreLimits.MaxKeyLength"/> characters and values at most
/// <see cref="ConnectorStoreLimits.MaxValueLength"/>; longer ones throw <see cref="ArgumentException"/> and
/// nothing is written. Delivery is at least once and calls run concurrently, so write values that are safe to
/// write twice, and remove keys the connector no longer needs (state is kept until then).
/// </remarks>
public interface IConnectorStore
{
    /// <summary>The value stored under <paramref name="key"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="key">The key; 1 to <see cref="ConnectorStoreLimits.MaxKeyLength"/> characters.</param>
    /// <param name="cancellationToken">Cancelled when the host stops waiting.</param>
    /// <returns>The decrypted value, or <see langword="null"/>.</returns>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any earlier value; durable when the task completes.</summary>
    /// <param name="key">The key; 1 to <see cref="ConnectorStoreLimits.MaxKeyLength"/> characters.</param>
    /// <param name="value">The value; at most <see cref="ConnectorStoreLimits.MaxValueLength"/> characters.</param>
    /// <param name="cancellationToken">Cancelled when the host stops waiting.</param>
    /// <returns>A task that completes once the value is committed.</returns>
    Task SetAsync(string key, string value, CancellationToken cancellationToken);

    /// <summary>Deletes the value stored under <paramref name="key"/>, if any.</summary>
    /// <param name="key">The key; 1 to <see cref="ConnectorStoreLimits.MaxKeyLength"/> characters.</param>
    /// <param name="cancellationToken">Cancelled when the host stops waiting.</param>
    /// <returns><see langword="true"/> when a value was deleted.</returns>
    Task<bool> RemoveAsync(string key, CancellationToken cancellationToken);
}
