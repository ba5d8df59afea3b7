using System.Collections.Concurrent;
using Panelist.Plugins.Sdk.State;

namespace Panelist.Plugins.Sdk.Testing;

/// <summary>
/// An <see cref="IConnectorStore"/> in memory, with the host's rules: keys of 1 to
/// <see cref="ConnectorStoreLimits.MaxKeyLength"/> characters, values up to <see cref="ConnectorStoreLimits.MaxValueLength"/>
/// (longer ones throw <see cref="ArgumentException"/> and nothing is written), and every write visible at once, as
/// the host commits it before the call returns. Each <see cref="ConnectorHarness"/> gets a new one by default
/// (<see cref="ConnectorHarnessOptions.Store"/>); share one between harnesses to play an installation whose host restarted.
/// </summary>
public sealed class InMemoryConnectorStore : IConnectorStore
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>A store that starts with <paramref name="values"/>, e.g. the ids an earlier run left behind.</summary>
    /// <param name="values">Keys and values, checked against the host's limits.</param>
    public InMemoryConnectorStore(IEnumerable<KeyValuePair<string, string>>? values = null)
    {
        foreach (var (key, value) in values ?? [])
        {
            _values[CheckKey(key)] = CheckValue(key, value);
        }
    }

    /// <summary>What the store holds now, by key, to assert on.</summary>
    public IReadOnlyDictionary<string, string> Values => new Dictionary<string, string>(_values, StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_values.TryGetValue(CheckKey(key), out var value) ? value : null);
    }

    /// <inheritdoc />
    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _values[CheckKey(key)] = CheckValue(key, value);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<bool> RemoveAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_values.TryRemove(CheckKey(key), out _));
    }

    // The host's messages, so that a connector's test sees what production would throw.
    private static string CheckKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return key.Length <= ConnectorStoreLimits.MaxKeyLength
            ? key
            : throw new ArgumentException(
                $"A connector store key is at most {ConnectorStoreLimits.MaxKeyLength} characters; this one has {key.Length}. Nothing was stored.", nameof(key));
    }

    private static string CheckValue(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= ConnectorStoreLimits.MaxValueLength
            ? value
            : throw new ArgumentException(
                $"A connector store value is at most {ConnectorStoreLimits.MaxValueLength} characters; the value for '{key}' has {value.Length}. Nothing was stored.",
                nameof(value));
    }
}
