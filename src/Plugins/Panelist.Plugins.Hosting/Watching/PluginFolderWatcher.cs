using Microsoft.Extensions.Logging;

namespace Panelist.Plugins.Hosting.Watching;

/// <summary>
/// Watches the plugins folder and reloads a plugin once its folder has been quiet for the debounce time:
/// copying a plugin raises many events, and loading it half-copied would only refuse it.
/// </summary>
internal sealed class PluginFolderWatcher : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly Dictionary<string, Timer> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly string _root;
    private readonly TimeSpan _debounce;
    private readonly Func<string, Task> _reload;
    private readonly Func<Task> _refresh;
    private readonly ILogger _logger;
    private bool _disposed;

    public PluginFolderWatcher(string root, TimeSpan debounce, Func<string, Task> reload, Func<Task> refresh, ILogger logger)
    {
        _root = root;
        _debounce = debounce;
        _reload = reload;
        _refresh = refresh;
        _logger = logger;
        _watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Created += OnChanged;
        _watcher.Changed += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnRenamed;
        _watcher.Error += OnError;
        _watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var timer in _pending.Values)
            {
                timer.Dispose();
            }

            _pending.Clear();
        }

        _watcher.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => Schedule(e.FullPath);

    private void OnRenamed(object sender, RenamedEventArgs e)
    {
        Schedule(e.OldFullPath);
        Schedule(e.FullPath);
    }

    /// <summary>The watcher's buffer overflowed, so events were lost: look at every folder again.</summary>
    private void OnError(object sender, ErrorEventArgs e)
    {
        _logger.LogWarning(e.GetException(), "Plugin folder watcher lost events; refreshing every plugin");
        _ = RunAsync(_refresh, "*");
    }

    private void Schedule(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath);
        var id = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        if (id is "." or ".." || id.Length == 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (_pending.TryGetValue(id, out var timer))
            {
                timer.Change(_debounce, Timeout.InfiniteTimeSpan);
                return;
            }

            _pending[id] = new Timer(_ => Fire(id), null, _debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire(string id)
    {
        lock (_lock)
        {
            if (_disposed || !_pending.Remove(id, out var timer))
            {
                return;
            }

            timer.Dispose();
        }

        _ = RunAsync(() => _reload(id), id);
    }

    private async Task RunAsync(Func<Task> action, string id)
    {
        try
        {
            await action();
        }
#pragma warning disable CA1031 // A failed reload is logged; the watcher keeps watching.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogError(ex, "Reloading plugin {PluginId} failed", id);
        }
    }
}
