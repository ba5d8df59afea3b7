using System.Text.Json;

namespace Panelist.Plugins.Sdk.State;

/// <summary>Typed values in an <see cref="IConnectorStore"/>, as JSON (web defaults: camelCase).</summary>
public static class ConnectorStoreExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The value under <paramref name="key"/> read as JSON, or <see langword="default"/> when there is none.</summary>
    /// <typeparam name="T">The type the value was written as.</typeparam>
    /// <param name="store">The installation's store.</param>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancelled when the host stops waiting.</param>
    /// <returns>The value, or <see langword="default"/>.</returns>
    /// <exception cref="JsonException">The stored value is not JSON of <typeparamref name="T"/>.</exception>
    public static async Task<T?> GetJsonAsync<T>(this IConnectorStore store, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync(key, cancellationToken).ConfigureAwait(false) is { } json ? JsonSerializer.Deserialize<T>(json, Json) : default;
    }

    /// <summary>Stores <paramref name="value"/> as JSON under <paramref name="key"/>; the JSON must fit <see cref="ConnectorStoreLimits.MaxValueLength"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="store">The installation's store.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancelled when the host stops waiting.</param>
    /// <returns>A task that completes once the value is committed.</returns>
    public static Task SetJsonAsync<T>(this IConnectorStore store, string key, T value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.SetAsync(key, JsonSerializer.Serialize(value, Json), cancellationToken);
    }
}
