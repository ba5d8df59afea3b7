namespace Panelist.Plugins.Hosting;

/// <summary>Where a plugin stands in the host.</summary>
public enum PluginStatus
{
    /// <summary>Loaded and callable.</summary>
    Loaded,

    /// <summary>Refused before any of its code ran: malformed manifest, another SDK major, wrong SHA-256, no connector.</summary>
    Rejected,

    /// <summary>Its code failed: the constructor or descriptor threw or hung, or calls kept timing out.</summary>
    Faulted,
}
