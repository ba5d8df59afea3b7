namespace Panelist.Plugins.Hosting;

/// <summary>Where plugins live and how long the host waits for them (configuration section <c>Plugins</c>).</summary>
public sealed class PluginHostingOptions
{
    /// <summary>The folder holding one sub-folder per plugin (<c>&lt;id&gt;/plugin.json</c>); relative paths start at the current directory.</summary>
    public string PluginsPath { get; set; } = "";

    /// <summary>The longest the host waits for one call into a connector before it gives up on it (default 30 s).</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The timeout of each HTTP request a connector sends through the installation's HttpClient (default 10 s),
    /// well below <see cref="CallTimeout"/> so that a slow ATS gives the connector a timeout to answer with,
    /// rather than a call the host has to abandon.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an installation whose calls hung <see cref="MaxConsecutiveTimeouts"/> times in a row is not called (default 5 min).</summary>
    public TimeSpan HangCooldown { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest a connector's constructor and descriptor may take when the plugin is loaded (default 10 s).</summary>
    public TimeSpan LoadTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether a change under <see cref="PluginsPath"/> reloads the plugin whose folder changed (default on).</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>How long a plugin folder must stay quiet before a change reloads it, so that a copy in progress is not loaded (default 500 ms).</summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Strikes against calls that really hang (they outlived their budget and ignored its cancellation; every
    /// abandoned call may hold a thread or memory), counted per installation: after this many in a row, that
    /// installation is not called for <see cref="HangCooldown"/>, while other tenants' calls go on. Calls made
    /// for no installation (settings validation) that hang this often fault the plugin until its folder changes (default 5).
    /// </summary>
    public int MaxConsecutiveTimeouts { get; set; } = 5;
}
