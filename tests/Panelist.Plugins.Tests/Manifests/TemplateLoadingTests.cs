using Panelist.Plugins.Hosting;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;
using Panelist.Plugins.Tests.Support;

namespace Panelist.Plugins.Tests.Manifests;

public sealed class TemplateLoadingTests
{
    [Fact]
    public async Task The_template_build_in_artifacts_loads_with_its_descriptor()
    {
        await using var catalog = await TestCatalog.LoadAsync(Path.GetDirectoryName(PluginBuilds.Template)!);

        var state = catalog.Find("template");
        Assert.NotNull(state);
        Assert.Equal(PluginStatus.Loaded, state.Status);
        Assert.Null(state.Reason);
        Assert.Equal("1.0.0", state.Version);
        Assert.Equal("Template ATS", state.Descriptor!.Name);
        Assert.Equal(IntegrationEventTypes.All, state.Descriptor.SupportedEvents);
        Assert.Contains(state.Descriptor.SettingsSchema, f => f is { Name: "apiKey", IsSecret: true, Required: true });
        Assert.Equal(new RateLimit(10, TimeSpan.FromSeconds(1)), state.Descriptor.RateLimit);
    }

    [Fact]
    public void The_template_build_does_not_ship_the_SDK()
    {
        Assert.True(File.Exists(Path.Combine(PluginBuilds.Template, "Panelist.Integrations.Template.dll")));
        Assert.True(File.Exists(Path.Combine(PluginBuilds.Template, "plugin.json")));
        Assert.False(File.Exists(Path.Combine(PluginBuilds.Template, "Panelist.Plugins.Sdk.dll")));
    }

    [Fact]
    public async Task A_plugin_shares_the_hosts_SDK_types()
    {
        using var folder = new PluginsFolder();
        folder.Add(PluginBuilds.TestPlugin("echo"));
        await using var catalog = await TestCatalog.LoadAsync(folder.Root);

        // Delivered is created inside the plugin's load context; a second copy of the SDK would make this a different type.
        var result = await catalog.DeliverAsync("echo", TestCatalog.Context(), SampleEvents.InterviewScheduled(), CancellationToken.None);

        var delivered = Assert.IsType<Delivered>(result);
        Assert.Equal("echo-key-1", delivered.ExternalId);
    }

    [Fact]
    public async Task A_plugin_with_a_matching_sha256_loads()
    {
        using var folder = new PluginsFolder();
        var path = folder.Add(PluginBuilds.Template);
        folder.EditManifest("template", ("sha256", PluginsFolder.Sha256Of(Path.Combine(path, "Panelist.Integrations.Template.dll")).ToUpperInvariant()));

        await using var catalog = await TestCatalog.LoadAsync(folder.Root);

        Assert.Equal(PluginStatus.Loaded, catalog.Find("template")!.Status);
    }
}
