using Panelist.Plugins.Hosting;
using Panelist.Plugins.Tests.Support;

namespace Panelist.Plugins.Tests.Manifests;

public sealed class ManifestRefusalTests : IDisposable
{
    private readonly PluginsFolder _folder = new();

    public ManifestRefusalTests()
    {
        _folder.Add(PluginBuilds.Template);
        _folder.Add(PluginBuilds.TestPlugin("echo"));
    }

    [Fact]
    public async Task A_plugin_built_for_another_SDK_major_is_rejected_with_the_versions()
    {
        _folder.EditManifest("template", ("sdkVersion", "2.0.0"));

        var state = await LoadTemplateAsync();

        Assert.Equal(PluginStatus.Rejected, state.Status);
        Assert.Contains("SDK 2.0.0", state.Reason);
        Assert.Contains("SDK 1.1.0", state.Reason);
        Assert.Contains("major", state.Reason);
        Assert.Null(state.Descriptor);
    }

    [Fact]
    public async Task A_plugin_built_for_a_newer_SDK_minor_is_rejected()
    {
        _folder.EditManifest("template", ("sdkVersion", "1.4.0"));

        var state = await LoadTemplateAsync();

        Assert.Equal(PluginStatus.Rejected, state.Status);
        Assert.Contains("newer than this host's SDK 1.1.0", state.Reason);
    }

    [Fact]
    public async Task A_plugin_whose_sha256_does_not_match_is_rejected()
    {
        _folder.EditManifest("template", ("sha256", new string('a', 64)));

        var state = await LoadTemplateAsync();

        Assert.Equal(PluginStatus.Rejected, state.Status);
        Assert.Contains("SHA-256", state.Reason);
    }

    [Fact]
    public async Task A_plugin_whose_entry_assembly_is_missing_is_rejected()
    {
        File.Delete(Path.Combine(_folder.Root, "template", "Panelist.Integrations.Template.dll"));

        var state = await LoadTemplateAsync();

        Assert.Equal(PluginStatus.Rejected, state.Status);
        Assert.Equal("the entry assembly Panelist.Integrations.Template.dll is missing", state.Reason);
    }

    [Fact]
    public async Task A_folder_without_plugin_json_is_rejected()
    {
        File.Delete(Path.Combine(_folder.Root, "template", "plugin.json"));

        var state = await LoadTemplateAsync();

        Assert.Equal(PluginStatus.Rejected, state.Status);
        Assert.Equal("plugin.json is missing", state.Reason);
    }

    [Theory]
    [InlineData("{ not json", "plugin.json is not valid JSON")]
    [InlineData("""{"id":"template","version":"1.0.0","entryAssembly":"Panelist.Integrations.Template.dll"}""", "plugin.json has no 'sdkVersion'")]
    [InlineData("""{"id":"other","version":"1.0.0","entryAssembly":"Panelist.Integrations.Template.dll","sdkVersion":"1.0.0"}""", "differs from the folder name")]
    [InlineData("""{"id":"template","version":"one","entryAssembly":"Panelist.Integrations.Template.dll","sdkVersion":"1.0.0"}""", "is not a SemVer version")]
    [InlineData("""{"id":"template","version":"1.0.0","entryAssembly":"../../evil.dll","sdkVersion":"1.0.0"}""", "must be a .dll file name in the plugin folder")]
    [InlineData("""{"id":"template","version":"1.0.0","entryAssembly":"Panelist.Integrations.Template.dll","sdkVersion":"1.0.0","sha256":"xyz"}""", "64 hexadecimal digits")]
    public async Task A_malformed_manifest_is_rejected_with_what_is_wrong(string manifest, string reason)
    {
        _folder.WriteManifestText("template", manifest);

        var state = await LoadTemplateAsync();

        Assert.Equal(PluginStatus.Rejected, state.Status);
        Assert.Contains(reason, state.Reason);
    }

    [Theory]
    [InlineData("xunit.assert.dll", "xunit.assert.dll does not reference Panelist.Plugins.Sdk, so it has no IAtsConnector")]
    [InlineData("Panelist.Plugins.Hosting.dll", "Panelist.Plugins.Hosting.dll has no class implementing IAtsConnector")]
    public async Task An_assembly_without_a_connector_is_rejected(string assembly, string reason)
    {
        // Real .NET assemblies that are no connectors: one unrelated, one that references the SDK.
        File.Copy(Path.Combine(AppContext.BaseDirectory, assembly), Path.Combine(_folder.Root, "template", assembly));
        _folder.EditManifest("template", ("entryAssembly", assembly));

        var state = await LoadTemplateAsync();

        Assert.Equal(PluginStatus.Rejected, state.Status);
        Assert.Equal(reason, state.Reason);
    }

    [Fact]
    public async Task A_file_that_is_no_assembly_is_rejected()
    {
        File.WriteAllText(Path.Combine(_folder.Root, "template", "Panelist.Integrations.Template.dll"), "not a PE file");

        var state = await LoadTemplateAsync();

        Assert.Equal(PluginStatus.Rejected, state.Status);
        Assert.Equal("Panelist.Integrations.Template.dll is not a .NET assembly", state.Reason);
    }

    [Fact]
    public async Task A_descriptor_that_contradicts_the_manifest_is_rejected()
    {
        _folder.EditManifest("template", ("version", "9.9.9"));

        var state = await LoadTemplateAsync();

        Assert.Equal(PluginStatus.Rejected, state.Status);
        Assert.Contains("the descriptor's version '1.0.0' differs from plugin.json's '9.9.9'", state.Reason);
    }

    [Fact]
    public async Task A_rejected_plugin_leaves_the_other_plugins_loaded_and_is_never_called()
    {
        _folder.EditManifest("template", ("sdkVersion", "2.0.0"));
        await using var catalog = await TestCatalog.LoadAsync(_folder.Root);

        Assert.Equal(PluginStatus.Loaded, catalog.Find("echo")!.Status);
        var result = await catalog.DeliverAsync("template", TestCatalog.Context(), SampleEvents.InterviewScheduled(), CancellationToken.None);
        var retry = Assert.IsType<Panelist.Plugins.Sdk.RetryLater>(result);
        Assert.StartsWith("connector 'template' is Rejected:", retry.Reason);
    }

    public void Dispose() => _folder.Dispose();

    private async Task<PluginState> LoadTemplateAsync()
    {
        await using var catalog = await TestCatalog.LoadAsync(_folder.Root);
        return catalog.Find("template")!;
    }
}
