using Panelist.Plugins.Sdk;

namespace Panelist.Plugins.Hosting;

/// <summary>One plugin folder as the host sees it; for platform admins (the GraphQL <c>connectors</c> field).</summary>
/// <param name="Id">The folder name, which is also the plugin id.</param>
/// <param name="Status">Loaded, Rejected or Faulted.</param>
/// <param name="Reason">Why it is Rejected or Faulted; <see langword="null"/> when Loaded.</param>
/// <param name="Version">The version from <c>plugin.json</c>, when it could be read.</param>
/// <param name="SdkVersion">The SDK version from <c>plugin.json</c>, when it could be read.</param>
/// <param name="Descriptor">The connector's descriptor (a host-owned copy) when Loaded.</param>
/// <param name="ChangedAt">When the host last loaded, refused or faulted the plugin.</param>
public sealed record PluginState(
    string Id,
    PluginStatus Status,
    string? Reason,
    string? Version,
    string? SdkVersion,
    ConnectorDescriptor? Descriptor,
    DateTimeOffset ChangedAt);
