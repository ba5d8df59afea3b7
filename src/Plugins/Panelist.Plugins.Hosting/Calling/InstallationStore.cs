using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Integrations;
using Panelist.Plugins.Sdk.State;

namespace Panelist.Plugins.Hosting.Calling;

/// <summary>
/// The <see cref="IConnectorStore"/> of one installation. Every operation runs in a scope (and so a connection
/// and a statement) of its own, acting for the installation's organization: nothing waits for the delivery to
/// settle, and the connector can reach no other installation's keys because it never names the installation.
/// </summary>
internal sealed class InstallationStore(ConnectorInstallation installation, IServiceScopeFactory scopes) : IConnectorStore
{
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        RunAsync(state => state.GetAsync(installation.Id, CheckKey(key), cancellationToken));

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        CheckKey(key);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > ConnectorStoreLimits.MaxValueLength)
        {
            throw new ArgumentException(
                $"A connector store value is at most {ConnectorStoreLimits.MaxValueLength} characters; the value for '{key}' has {value.Length}. Nothing was stored.",
                nameof(value));
        }

        return RunAsync(async state =>
        {
            await state.SetAsync(installation.OrganizationId, installation.Id, key, value, cancellationToken);
            return true;
        });
    }

    public Task<bool> RemoveAsync(string key, CancellationToken cancellationToken) =>
        RunAsync(state => state.RemoveAsync(installation.Id, CheckKey(key), cancellationToken));

    private static string CheckKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return key.Length <= ConnectorStoreLimits.MaxKeyLength
            ? key
            : throw new ArgumentException(
                $"A connector store key is at most {ConnectorStoreLimits.MaxKeyLength} characters; this one has {key.Length}. Nothing was stored.", nameof(key));
    }

    private async Task<T> RunAsync<T>(Func<ConnectorState, Task<T>> operation)
    {
        await using var scope = scopes.ForInstallation(installation);
        return await operation(scope.ServiceProvider.GetRequiredService<ConnectorState>());
    }
}
