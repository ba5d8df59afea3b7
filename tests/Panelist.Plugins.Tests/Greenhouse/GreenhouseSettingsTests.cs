using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Hosting.Calling;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Greenhouse;

/// <summary>The built plugin's settings checks and connection check, called through the host's catalog and caller.</summary>
public sealed class GreenhouseSettingsTests
{
    [Fact]
    public async Task Settings_name_the_credentials_each_api_version_needs_and_refuse_a_non_numeric_user()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var catalog = host.Services.GetRequiredService<PluginCatalog>();

        var v1 = await catalog.ValidateSettingsAsync("greenhouse", new Dictionary<string, string> { ["onBehalfOfUserId"] = "ada" }, default);
        var v3 = await catalog.ValidateSettingsAsync("greenhouse", new Dictionary<string, string> { ["apiVersion"] = "harvest-v3", ["onBehalfOfUserId"] = "4080" }, default);
        var path = await catalog.ValidateSettingsAsync("greenhouse",
            new Dictionary<string, string> { ["apiKey"] = "k", ["onBehalfOfUserId"] = "4080", ["v3NotesPath"] = "/v3/notes" }, default);
        var choice = await catalog.ValidateSettingsAsync("greenhouse", new Dictionary<string, string> { ["apiKey"] = "k", ["onBehalfOfUserId"] = "4080", ["noteVisibility"] = "everyone" }, default);
        var valid = await catalog.ValidateSettingsAsync("greenhouse", new Dictionary<string, string> { ["apiKey"] = "k", ["onBehalfOfUserId"] = "4080" }, default);

        Assert.Equal(["apiKey", "onBehalfOfUserId"], v1.Errors.Select(e => e.Field).Order());
        Assert.Equal(["clientId", "clientSecret"], v3.Errors.Select(e => e.Field).Order());
        Assert.Equal(["v3NotesPath"], path.Errors.Select(e => e.Field));
        Assert.Equal(["noteVisibility"], choice.Errors.Select(e => e.Field));
        Assert.True(valid.IsValid);
        var descriptor = catalog.Find("greenhouse")!.Descriptor!;
        Assert.Equal((50, TimeSpan.FromSeconds(10)), (descriptor.RateLimit!.Requests, descriptor.RateLimit.Period));
        Assert.Contains("31 Aug 2026", descriptor.SettingsSchema.Single(f => f.Name == "apiVersion").Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_settings_accept_anonymize_or_manual_and_only_the_field_names_Greenhouse_documents()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var catalog = host.Services.GetRequiredService<PluginCatalog>();
        Dictionary<string, string> With(string name, string value) => new() { ["apiKey"] = "k", ["onBehalfOfUserId"] = "4080", [name] = value };

        var fields = await catalog.ValidateSettingsAsync("greenhouse", With("anonymizeFields", "full_name, emails,shoe_size"), default);
        var mode = await catalog.ValidateSettingsAsync("greenhouse", With("erasure", "delete"), default);
        var valid = await catalog.ValidateSettingsAsync("greenhouse", With("anonymizeFields", "full_name,emails,attachments"), default);
        var manual = await catalog.ValidateSettingsAsync("greenhouse", With("erasure", "manual"), default);

        Assert.Equal(("anonymizeFields", "Greenhouse documents no anonymizable field shoe_size."), (Assert.Single(fields.Errors).Field, fields.Errors[0].Message));
        Assert.Equal(["erasure"], mode.Errors.Select(e => e.Field));
        Assert.True(valid.IsValid && manual.IsValid);
        Assert.Equal("anonymize", catalog.Find("greenhouse")!.Descriptor!.SettingsSchema.Single(f => f.Name == "erasure").Default);
        Assert.Contains("candidate.erased", catalog.Find("greenhouse")!.Descriptor!.SupportedEvents);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_connection_check_lists_one_scheduled_interview_and_explains_a_refused_key(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var good = await GreenhouseWorld.CreateAsync(database, host, greenhouse);
        var bad = await GreenhouseWorld.CreateAsync(database, host, greenhouse, (_, secrets) => secrets["apiKey"] = "revoked");
        var caller = host.Services.GetRequiredService<ConnectorCaller>();

        var ok = await caller.CheckConnectionAsync(await good.Deliveries.InstallationAsync(), default);
        var refused = await caller.CheckConnectionAsync(await bad.Deliveries.InstallationAsync(), default);

        Assert.True(ok.Result.Succeeded, ok.Result.Reason);
        Assert.False(refused.Result.Succeeded);
        Assert.StartsWith("GREENHOUSE_BAD_CREDENTIALS: Greenhouse refused the credentials (401)", refused.Result.Reason, StringComparison.Ordinal);
        Assert.All(greenhouse.Journal, r => Assert.Equal(("GET", "/v1/scheduled_interviews", "?per_page=1"), (r.Method, r.Path, r.Query)));
    }
}
