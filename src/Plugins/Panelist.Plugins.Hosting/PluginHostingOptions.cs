namespace Panelist.Plugins.Hosting;

/// <summary>Where plugins live and how long the host waits for them (configuration section <c>Plugins</c>).</summary>
public sealed class PluginHostingOptions
{
    /// <summary>The folder holding one sub-folder per plugin (<c>&lt;id&gt;/plugin.json</c>); relative paths start at the current directory.</summary>
    public string PluginsPath { get; set; } = "";

    /// <summary>The longest the host waits for one call into a connector before it gives up on it (default 30 s).</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest a connector's constructor and descriptor may take when the plugin is loaded (default 10 s).</summary>
    public TimeSpan LoadTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether a change under <see cref="PluginsPath"/> reloads the plugin whose folder changed (default on).</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>How long a plugin folder must stay quiet before a change reloads it, so that a copy in progress is not loaded (default 500 ms).</summary>
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// After this many calls in a row that never returned, the plugin is marked Faulted and no longer called
    /// until its folder changes: every abandoned call may hold a thread or memory (default 5).
    /// </summary>
    public int MaxConsecutiveTimeouts { get; set; } = 5;
}
