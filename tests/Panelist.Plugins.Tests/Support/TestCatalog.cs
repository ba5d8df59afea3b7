using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Sdk;

namespace Panelist.Plugins.Tests.Support;

internal static class TestCatalog
{
    public static async Task<PluginCatalog> LoadAsync(string root, TimeSpan? callTimeout = null, int maxConsecutiveTimeouts = 5)
    {
        var catalog = new PluginCatalog(
            Options.Create(new PluginHostingOptions
            {
                PluginsPath = root,
                CallTimeout = callTimeout ?? TimeSpan.FromSeconds(10),
                LoadTimeout = TimeSpan.FromSeconds(10),
                MaxConsecutiveTimeouts = maxConsecutiveTimeouts,
            }),
            NullLogger<PluginCatalog>.Instance,
            TimeProvider.System);
        await catalog.RefreshAsync(CancellationToken.None);
        return catalog;
    }

    public static ConnectorContext Context(IReadOnlyDictionary<string, string>? settings = null, HttpClient? http = null, string? idempotencyKey = "key-1",
        Guid? installationId = null) => new()
    {
        InstallationId = installationId ?? Guid.Parse("0197a7c0-0000-7000-8000-000000000001"),
        Settings = settings ?? new Dictionary<string, string>(),
        HttpClient = http ?? SharedHttp,
        Logger = NullLogger.Instance,
        IdempotencyKey = idempotencyKey,
    };

    private static HttpClient SharedHttp { get; } = new() { Timeout = TimeSpan.FromSeconds(5) };
}
