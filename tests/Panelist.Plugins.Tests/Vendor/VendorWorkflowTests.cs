using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing;
using Panelist.Testing.Databases;
using Xunit.Abstractions;

namespace Panelist.Plugins.Tests.Vendor;

/// <summary>
/// The vendor guide's workflow, outside the repository: the SDK, the harness and the template pack go into a
/// local folder feed; the template is installed into a throwaway CLI home (the machine's template list stays
/// as it was); `dotnet new panelist-connector -n Acme.Ats` runs in a temp folder; the project builds against
/// the packed SDK; its output loads in a host and delivers to a fake ATS.
/// </summary>
[Collection(VendorWorkflowGroup.Name)]
public sealed class VendorWorkflowTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(3);

    private static readonly string[] KitProjects =
    [
        "src/Plugins/Panelist.Plugins.Sdk/Panelist.Plugins.Sdk.csproj",
        "src/Plugins/Panelist.Plugins.Sdk.Testing/Panelist.Plugins.Sdk.Testing.csproj",
        "src/Integrations/Panelist.Integrations.Templates/Panelist.Integrations.Templates.csproj",
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "panelist-vendor-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [Fact]
    public async Task A_connector_made_from_the_packed_template_builds_against_the_packed_SDK_loads_and_delivers()
    {
        var feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        var work = Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;
        var cliHome = new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = Path.Combine(_root, "cli-home") };
        var clock = Stopwatch.StartNew();

        await Step("pack", RepositoryPaths.Root, null, "msbuild", WritePackProject(feed), "-t:PackVendorKit", "-nodeReuse:false", "-v:q", "-nologo");
        var templates = Assert.Single(Directory.GetFiles(feed, "Panelist.Integrations.Templates.*.nupkg"));
        Assert.Single(Directory.GetFiles(feed, "Panelist.Plugins.Sdk.Testing.*.nupkg"));
        await Step("new install", work, cliHome, "new", "install", templates);
        await Step("new", work, cliHome, "new", "panelist-connector", "-n", "Acme.Ats", "--sdk-feed", feed);
        var project = Path.Combine(work, "Acme.Ats");
        Assert.Contains("""<PackageReference Include="Panelist.Plugins.Sdk" Version="1.""", File.ReadAllText(Path.Combine(project, "Acme.Ats.csproj")), StringComparison.Ordinal);
        Assert.Contains(feed, File.ReadAllText(Path.Combine(project, "nuget.config")), StringComparison.Ordinal);

        // Its own package folder: a re-packed SDK of the same version must never be shadowed by a cached copy.
        var packages = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "nuget-packages") };
        await Step("build", project, packages, "build", "-p:Version=1.2.3", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:q", "-nologo", "-clp:ErrorsOnly");
        var build = Path.Combine(project, "bin", "plugins", "acme-ats");
        Assert.Equal(
            ["Acme.Ats.deps.json", "Acme.Ats.dll", "Acme.Ats.pdb", "Acme.Ats.runtimeconfig.json", "plugin.json"],
            Directory.GetFiles(build).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using (var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(build, "plugin.json"))))
        {
            Assert.Equal("acme-ats", manifest.RootElement.GetProperty("id").GetString());
            Assert.Equal("1.2.3", manifest.RootElement.GetProperty("version").GetString());
            Assert.Equal("Acme.Ats.dll", manifest.RootElement.GetProperty("entryAssembly").GetString());
        }

        await DeliverThroughAHostAsync(build);
        output.WriteLine($"vendor workflow: {clock.Elapsed.TotalSeconds:0.0} s in all");
    }

    private static async Task DeliverThroughAHostAsync(string build)
    {
        using var folder = new PluginsFolder();
        folder.Add(build);
        using var ats = new FakeAts(failureRate: 0, slowResponse: TimeSpan.Zero);
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await DispatcherHost.StartAsync(database, folder.Root);
        var state = Assert.Single(host.Services.GetRequiredService<PluginCatalog>().Plugins);
        Assert.True(state.Status == PluginStatus.Loaded, state.Reason);
        Assert.Equal(("acme-ats", "1.2.3", "Acme.Ats"), (state.Id, state.Descriptor!.Version, state.Descriptor.Name));
        var world = await DeliveryWorld.CreateAsync(database, host, ats.BaseUrl, "acme-ats");
        await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled);

        await world.DrainAsync(TimeSpan.FromSeconds(20));

        var delivery = Assert.Single(await world.DeliveriesAsync());
        Assert.True(delivery.Status == DeliveryStatus.Delivered, delivery.LastError);
        Assert.Equal(delivery.IdempotencyKey, Assert.Single(ats.Stored.Values).Key);
    }

    /// <summary>One MSBuild run packs the three projects from their existing build (no-build): the test project built them.</summary>
    private string WritePackProject(string feed)
    {
        var configuration = typeof(VendorWorkflowTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var projects = string.Join(';', KitProjects.Select(p => Path.Combine(RepositoryPaths.Root, p)));
        var path = Path.Combine(_root, "pack.proj");
        File.WriteAllText(path, $"""
            <Project>
              <Target Name="PackVendorKit">
                <MSBuild Projects="{projects}" Targets="Pack" Properties="Configuration={configuration};NoBuild=true;PackageOutputPath={feed}/" />
              </Target>
            </Project>
            """);
        return path;
    }

    private async Task Step(string name, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        await DotnetCli.RunAsync(workingDirectory, environment, StepTimeout, arguments);
        output.WriteLine($"{name}: {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
