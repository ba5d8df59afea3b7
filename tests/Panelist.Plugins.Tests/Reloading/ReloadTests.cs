using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Tests.Support;

namespace Panelist.Plugins.Tests.Reloading;

public sealed class ReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly PluginsFolder _folder = new();

    [Fact]
    public async Task A_reloaded_plugin_runs_from_a_new_load_context_and_the_old_one_is_collected()
    {
        _folder.Add(PluginBuilds.TestPlugin("echo"));
        await using var catalog = await TestCatalog.LoadAsync(_folder.Root);
        var old = await UseAndForgetAsync(catalog);

        await catalog.ReloadAsync("echo", CancellationToken.None);

        Assert.NotSame(old.Target, catalog.LoadContextOf("echo")!.Target);
        Assert.True(await CollectedAsync(old), "the old load context is still alive");
        Assert.IsType<Delivered>(await catalog.DeliverAsync("echo", TestCatalog.Context(), SampleEvents.InterviewScheduled(), CancellationToken.None));
    }

    [Fact]
    public async Task A_changed_plugin_folder_is_reloaded_by_the_watcher_and_the_old_context_is_collected()
    {
        _folder.Add(PluginBuilds.TestPlugin("echo"));
        await using var services = Services(_folder.Root);
        var catalog = services.GetRequiredService<PluginCatalog>();
        var host = services.GetServices<IHostedService>().Single();
        await host.StartAsync(CancellationToken.None);
        var old = await UseAndForgetAsync(catalog);
        var firstLoad = catalog.Find("echo")!.ChangedAt;

        var reloaded = NextState(catalog, "echo");
        PluginsFolder.CopyInto(PluginBuilds.TestPlugin("echo"), Path.Combine(_folder.Root, "echo"));
        var state = await reloaded.WaitAsync(Patience);

        Assert.Equal(PluginStatus.Loaded, state.Status);
        Assert.True(state.ChangedAt > firstLoad);
        Assert.True(await CollectedAsync(old), "the old load context is still alive");
        await host.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_watcher_loads_a_new_plugin_folder_and_forgets_a_removed_one()
    {
        _folder.Add(PluginBuilds.TestPlugin("echo"));
        await using var services = Services(_folder.Root);
        var catalog = services.GetRequiredService<PluginCatalog>();
        var host = services.GetServices<IHostedService>().Single();
        await host.StartAsync(CancellationToken.None);

        var added = NextState(catalog, "template");
        _folder.Add(PluginBuilds.Template);
        Assert.Equal(PluginStatus.Loaded, (await added.WaitAsync(Patience)).Status);

        Directory.Delete(Path.Combine(_folder.Root, "echo"), recursive: true);
        // Not the next state: a delete is several file events, and one seen while files were still there reloaded the
        // folder once more (CI saw echo Loaded again); the removal is the state the catalog settles in.
        var deadline = DateTime.UtcNow + Patience;
        while (catalog.Find("echo") is not null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Null(catalog.Find("echo"));
        Assert.Equal(["template"], catalog.Plugins.Select(p => p.Id));
        await host.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_plugin_replaced_by_a_broken_build_is_rejected_until_it_is_fixed()
    {
        _folder.Add(PluginBuilds.TestPlugin("echo"));
        await using var catalog = await TestCatalog.LoadAsync(_folder.Root);

        _folder.EditManifest("echo", ("sdkVersion", "2.0.0"));
        await catalog.ReloadAsync("echo", CancellationToken.None);
        Assert.Equal(PluginStatus.Rejected, catalog.Find("echo")!.Status);

        _folder.EditManifest("echo", ("sdkVersion", "1.0.0"));
        await catalog.ReloadAsync("echo", CancellationToken.None);
        Assert.Equal(PluginStatus.Loaded, catalog.Find("echo")!.Status);
    }

    public void Dispose() => _folder.Dispose();

    private static ServiceProvider Services(string root)
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddPluginHosting(o =>
        {
            o.PluginsPath = root;
            o.ReloadDebounce = TimeSpan.FromMilliseconds(200);
        });
        return services.BuildServiceProvider();
    }

    private static Task<PluginState> NextState(PluginCatalog catalog, string id)
    {
        var next = new TaskCompletionSource<PluginState>(TaskCreationOptions.RunContinuationsAsynchronously);
        catalog.StateChanged += (_, state) =>
        {
            if (state.Id == id)
            {
                next.TrySetResult(state);
            }
        };
        return next.Task;
    }

    /// <summary>Calls the plugin, then keeps only a weak reference to its load context (no local may keep it alive).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> UseAndForgetAsync(PluginCatalog catalog)
    {
        Assert.IsType<Delivered>(await catalog.DeliverAsync("echo", TestCatalog.Context(), SampleEvents.InterviewScheduled(), CancellationToken.None));
        var context = catalog.LoadContextOf("echo");
        Assert.NotNull(context);
        Assert.True(context.IsAlive);
        return context;
    }

    private static async Task<bool> CollectedAsync(WeakReference context)
    {
        for (var i = 0; i < 100 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(50);
        }

        return !context.IsAlive;
    }
}
