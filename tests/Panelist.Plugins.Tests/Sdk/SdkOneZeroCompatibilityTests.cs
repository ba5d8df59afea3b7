using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Sdk;

/// <summary>
/// SemVer-minor, kept honest: the template as it was built against SDK 1.0.0 (a binary kept in
/// Assets/sdk-1.0-template, never rebuilt) loads on this host and delivers through its dispatcher.
/// A 1.x change that removes or reshapes anything a 1.0 plugin uses fails here.
/// </summary>
public sealed class SdkOneZeroCompatibilityTests
{
    private const string EntryAssembly = "Panelist.Integrations.Template.dll";

    private static string OneZeroBuild => Path.Combine(RepositoryPaths.Root, "tests", "Panelist.Plugins.Tests", "Assets", "sdk-1.0-template", "template");

    [Fact]
    public void The_kept_build_is_compiled_against_SDK_1_0_and_ships_no_SDK()
    {
        using var stream = File.OpenRead(Path.Combine(OneZeroBuild, EntryAssembly));
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var sdk = metadata.AssemblyReferences.Select(metadata.GetAssemblyReference)
            .Single(r => metadata.GetString(r.Name) == "Panelist.Plugins.Sdk");

        Assert.Equal(new Version(1, 0, 0, 0), sdk.Version);
        Assert.False(File.Exists(Path.Combine(OneZeroBuild, "Panelist.Plugins.Sdk.dll")));
    }

    [Fact]
    public async Task The_SDK_1_0_template_build_loads_on_this_host()
    {
        using var folder = new PluginsFolder();
        folder.Add(OneZeroBuild, "template");

        await using var catalog = await TestCatalog.LoadAsync(folder.Root);

        var state = catalog.Find("template")!;
        Assert.True(state.Status == PluginStatus.Loaded, state.Reason);
        Assert.Equal("1.0.0", state.SdkVersion);
        Assert.Equal("1.0.0", state.Descriptor!.Version);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_SDK_1_0_template_build_delivers_a_raised_event_through_the_dispatcher(DatabaseProvider provider)
    {
        using var folder = new PluginsFolder();
        folder.Add(OneZeroBuild, "template");
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.Zero);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, folder.Root);
        var world = await DeliveryWorld.CreateAsync(database, host, ats.BaseUrl);
        var interviews = await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled);

        await world.DrainAsync(TimeSpan.FromSeconds(20));

        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.True(delivery.Status == DeliveryStatus.Delivered, delivery.LastError);
        var stored = Assert.Single(ats.Stored.Values);
        Assert.Equal(delivery.IdempotencyKey, stored.Key);
        Assert.Equal((IntegrationEventType.InterviewScheduled, interviews[0]), (stored.Type, stored.InterviewId));
    }
}
