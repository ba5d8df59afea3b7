using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Connectors;

/// <summary>Changing an installation of the template connector: secrets left out are kept, the concurrency limit is set and cleared.</summary>
public sealed class ConnectorSettingsTests
{
    private const string Secret = "kept-api-key-value";

    private static readonly string[] Events = ["interview.scheduled"];

    private const string Update = """
        mutation($input: UpdateConnectorSettingsInput!) { updateConnectorSettings(input: $input) {
          installation { hasSecrets settings { name value } } errors { code message path } } }
        """;

    private const string Limit = """
        mutation($input: SetConnectorMaxConcurrencyInput!) { setConnectorMaxConcurrency(input: $input) {
          installation { maxConcurrency } errors { code message path } } }
        """;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task An_update_that_leaves_the_secret_out_keeps_the_stored_one_and_a_secret_sent_replaces_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organization = await AddOrganizationAsync(database);
        await using var api = new PanelistApiFactory(database, ("Plugins:PluginsPath", RepositoryPaths.Plugins), ("Plugins:WatchForChanges", "false"));
        using var admin = api.ClientAs(Role.ClientAdmin, organization);
        var id = await InstallTemplateAsync(admin);

        var kept = await admin.PostAsync(Update, UpdateInput(id, ("baseUrl", "https://ats.example.com/v2/")));
        var keptSecrets = await StoredSecretsAsync(database, api, id);
        var replaced = await admin.PostAsync(Update, UpdateInput(id, ("baseUrl", "https://ats.example.com/v2/"), ("apiKey", "a-new-key")));
        var replacedSecrets = await StoredSecretsAsync(database, api, id);

        Assert.Empty(kept.PayloadErrors("updateConnectorSettings"));
        var installation = kept.Data.GetProperty("updateConnectorSettings").GetProperty("installation");
        Assert.True(installation.GetProperty("hasSecrets").GetBoolean());
        Assert.Equal("https://ats.example.com/v2/", installation.GetProperty("settings")[0].GetProperty("value").GetString());
        Assert.Equal(Secret, keptSecrets["apiKey"]);
        Assert.Empty(replaced.PayloadErrors("updateConnectorSettings"));
        Assert.Equal("a-new-key", replacedSecrets["apiKey"]);
        await using var scope = database.AsSystem(organization);
        var audit = await scope.Db.AuditEntries.Where(e => e.Action == "connector.reconfigured").Select(e => e.Summary).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.Contains(audit, s => s.Contains("\"keptSecrets\":[\"apiKey\"]", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, s => s.Contains(Secret, StringComparison.Ordinal) || s.Contains("a-new-key", StringComparison.Ordinal));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task setConnectorMaxConcurrency_sets_and_clears_the_limit_refuses_values_outside_1_to_64_and_is_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organization = await AddOrganizationAsync(database);
        await using var api = new PanelistApiFactory(database, ("Plugins:PluginsPath", RepositoryPaths.Plugins), ("Plugins:WatchForChanges", "false"));
        using var admin = api.ClientAs(Role.ClientAdmin, organization);
        using var recruiter = api.ClientAs(Role.Recruiter, organization);
        var id = await InstallTemplateAsync(admin);

        var zero = await admin.PostAsync(Limit, LimitInput(id, 0));
        var tooMany = await admin.PostAsync(Limit, LimitInput(id, 65));
        var forbidden = await recruiter.PostAsync(Limit, LimitInput(id, 4));
        var set = await admin.PostAsync(Limit, LimitInput(id, 64));
        var stored = await InstallationAsync(database, organization, id);
        var cleared = await admin.PostAsync(Limit, LimitInput(id, null));

        foreach (var refused in new[] { zero, tooMany })
        {
            var error = refused.Data.GetProperty("setConnectorMaxConcurrency").GetProperty("errors")[0];
            Assert.Equal("VALIDATION_FAILED", error.GetProperty("code").GetString());
            Assert.Equal(["input", "maxConcurrency"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        }

        Assert.Equal(["FORBIDDEN"], forbidden.PayloadErrors("setConnectorMaxConcurrency"));
        Assert.Equal(64, set.Data.GetProperty("setConnectorMaxConcurrency").GetProperty("installation").GetProperty("maxConcurrency").GetInt32());
        Assert.Equal(64, stored.MaxConcurrency);
        Assert.Empty(cleared.PayloadErrors("setConnectorMaxConcurrency"));
        Assert.Equal(JsonValueKind.Null, cleared.Data.GetProperty("setConnectorMaxConcurrency").GetProperty("installation").GetProperty("maxConcurrency").ValueKind);
        Assert.Null((await InstallationAsync(database, organization, id)).MaxConcurrency);
        await using var scope = database.AsSystem(organization);
        var audit = await scope.Db.AuditEntries.Where(e => e.Action == "connector.concurrency_limited").OrderBy(e => e.Sequence).Select(e => e.Summary).ToListAsync();
        Assert.Equal(["""{"before":null,"maxConcurrency":64}""", """{"before":64,"maxConcurrency":null}"""], audit);
    }

    private static async Task<string> InstallTemplateAsync(GraphQLClient admin)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var installed = await admin.PostAsync("""
                mutation($input: InstallConnectorInput!) { installConnector(input: $input) { installation { id } errors { code message } } }
                """, new
            {
                input = new
                {
                    connectorId = "template", name = "Our ATS", events = Events,
                    settings = new[] { new { name = "baseUrl", value = "https://ats.example.com/api/" }, new { name = "apiKey", value = Secret } },
                },
            });
            var payload = installed.Data.GetProperty("installConnector");
            if (payload.GetProperty("installation").ValueKind == JsonValueKind.Object)
            {
                return payload.GetProperty("installation").GetProperty("id").GetString()!;
            }

            // The plugins load in the background at start: NOT_FOUND until the template is there.
            await Task.Delay(100);
        }

        throw new InvalidOperationException("The template connector never loaded.");
    }

    private static object UpdateInput(string id, params (string Name, string Value)[] settings) => new
    {
        input = new { installationId = id, settings = settings.Select(s => new { name = s.Name, value = s.Value }), events = Events },
    };

    private static object LimitInput(string id, int? maxConcurrency) => new { input = new { installationId = id, maxConcurrency } };

    private static async Task<IReadOnlyDictionary<string, string>> StoredSecretsAsync(TestDatabase database, PanelistApiFactory api, string id)
    {
        Assert.True(GlobalId.TryDecodeAs(id, "ConnectorInstallation", out var installationId));
        await using var scope = database.AsSystem(Guid.Empty);
        var installation = await scope.Db.ConnectorInstallations.IgnoreQueryFilters().AsNoTracking().SingleAsync(i => i.Id == installationId);
        return api.Services.GetRequiredService<ISecretProtector>().Unprotect(installation.ProtectedSecrets);
    }

    private static async Task<ConnectorInstallation> InstallationAsync(TestDatabase database, Guid organization, string id)
    {
        Assert.True(GlobalId.TryDecodeAs(id, "ConnectorInstallation", out var installationId));
        await using var scope = database.AsSystem(organization);
        return await scope.Db.ConnectorInstallations.AsNoTracking().SingleAsync(i => i.Id == installationId);
    }

    private static async Task<Guid> AddOrganizationAsync(TestDatabase database)
    {
        await using var scope = database.AsSystem(Organization.PlatformId);
        var organization = new Organization($"set-{Guid.NewGuid():N}"[..16], "Connector settings test");
        scope.Db.Organizations.Add(organization);
        await scope.Db.SaveChangesAsync();
        return organization.Id;
    }
}
