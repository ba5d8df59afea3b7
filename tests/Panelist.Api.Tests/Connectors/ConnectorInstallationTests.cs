using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Connectors;

/// <summary>Installing the template connector through GraphQL: validated settings, secrets encrypted and never shown.</summary>
public sealed class ConnectorInstallationTests
{
    private const string Secret = "s3cr3t-api-key-value";

    private const string Install = """
        mutation($input: InstallConnectorInput!) { installConnector(input: $input) {
          installation { id connectorId status events hasSecrets settings { name value } } errors { code message path } } }
        """;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_client_admin_installs_tests_disables_and_uninstalls_a_connector_and_its_secret_never_shows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organization = await AddOrganizationAsync(database);
        await using var api = new PanelistApiFactory(database, ("Plugins:PluginsPath", RepositoryPaths.Plugins), ("Plugins:WatchForChanges", "false"));
        using var admin = api.ClientAs(Role.ClientAdmin, organization);
        using var recruiter = api.ClientAs(Role.Recruiter, organization);
        await WaitForTemplateAsync(admin);

        var refused = await admin.PostAsync(Install, Input(("apiKey", Secret)));
        var forbidden = await recruiter.PostAsync(Install, Input(("baseUrl", "http://127.0.0.1:1/"), ("apiKey", Secret)));
        var installed = await admin.PostAsync(Install, Input(("baseUrl", "http://127.0.0.1:1/"), ("apiKey", Secret)));

        Assert.Equal("VALIDATION_FAILED", refused.Data.GetProperty("installConnector").GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal("settings", refused.Data.GetProperty("installConnector").GetProperty("errors")[0].GetProperty("path")[1].GetString());
        Assert.Equal(["FORBIDDEN"], forbidden.PayloadErrors("installConnector"));
        Assert.Empty(installed.PayloadErrors("installConnector"));
        var installation = installed.Data.GetProperty("installConnector").GetProperty("installation");
        Assert.True(installation.GetProperty("hasSecrets").GetBoolean());
        Assert.Equal(["baseUrl"], installation.GetProperty("settings").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.DoesNotContain(Secret, installed.Body, StringComparison.Ordinal);
        var id = installation.GetProperty("id").GetString()!;

        var tested = await admin.PostAsync("mutation($id: ID!) { testConnectorConnection(input: { installationId: $id }) { result { succeeded reason } errors { code } } }", new { id });
        var disabled = await admin.PostAsync("mutation($id: ID!) { disableConnectorInstallation(input: { installationId: $id }) { installation { status } errors { code } } }", new { id });
        var listed = await admin.PostAsync("{ connectorInstallations { nodes { id status } } deliveries { totalCount } }");
        var removed = await admin.PostAsync("mutation($id: ID!) { uninstallConnector(input: { installationId: $id }) { errors { code } } }", new { id });
        var after = await admin.PostAsync("{ connectorInstallations { totalCount } }");

        var result = tested.Data.GetProperty("testConnectorConnection").GetProperty("result");
        Assert.False(result.GetProperty("succeeded").GetBoolean());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("reason").GetString()));
        Assert.Equal("DISABLED", disabled.Data.GetProperty("disableConnectorInstallation").GetProperty("installation").GetProperty("status").GetString());
        Assert.Equal("DISABLED", listed.Data.GetProperty("connectorInstallations").GetProperty("nodes")[0].GetProperty("status").GetString());
        Assert.Empty(removed.PayloadErrors("uninstallConnector"));
        Assert.Equal(0, after.Data.GetProperty("connectorInstallations").GetProperty("totalCount").GetInt32());
        await using var scope = database.AsSystem(organization);
        var audit = await scope.Db.AuditEntries.Where(e => e.Action.StartsWith("connector.")).Select(e => e.Summary).ToListAsync();
        Assert.Contains(audit, s => s.Contains("apiKey", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, s => s.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Platform_admins_see_every_plugin_with_its_state()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(database, ("Plugins:PluginsPath", RepositoryPaths.Plugins), ("Plugins:WatchForChanges", "false"));
        using var admin = api.ClientAs(Role.PlatformAdmin, Organization.PlatformId);

        var template = await WaitForTemplateAsync(admin);

        Assert.Equal("LOADED", template.GetProperty("status").GetString());
        Assert.Contains(template.GetProperty("settingsSchema").EnumerateArray(),
            f => f.GetProperty("name").GetString() == "apiKey" && f.GetProperty("isSecret").GetBoolean());
        Assert.Contains("interview.scheduled", template.GetProperty("supportedEvents").EnumerateArray().Select(e => e.GetString()));
    }

    private static object Input(params (string Name, string Value)[] settings) => new
    {
        input = new
        {
            connectorId = "template",
            name = "Our ATS",
            settings = settings.Select(s => new { name = s.Name, value = s.Value }),
            events = new[] { "interview.scheduled", "scorecard.submitted" },
        },
    };

    /// <summary>The plugins load in the background at start; wait until the template is there.</summary>
    private static async Task<JsonElement> WaitForTemplateAsync(GraphQLClient client)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var response = await client.PostAsync("{ connectors { id status reason supportedEvents settingsSchema { name isSecret } } }");
            foreach (var connector in response.Data.GetProperty("connectors").EnumerateArray())
            {
                if (connector.GetProperty("id").GetString() == "template")
                {
                    return connector;
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The template connector never loaded.");
    }

    private static async Task<Guid> AddOrganizationAsync(TestDatabase database)
    {
        await using var scope = database.AsSystem(Organization.PlatformId);
        var organization = new Organization($"conn-{Guid.NewGuid():N}"[..16], "Connector test");
        scope.Db.Organizations.Add(organization);
        await scope.Db.SaveChangesAsync();
        return organization.Id;
    }
}
