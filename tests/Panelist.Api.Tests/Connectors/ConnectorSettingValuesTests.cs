using System.Text.Json;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Panelist.Api.Tests.Connectors;

/// <summary>
/// Typed settings and vendor values through GraphQL, with the <c>settingvalues</c> test connector, which lists a
/// fake ATS's feedback templates (as a Lever connector would) with the installation's stored settings.
/// </summary>
public sealed class ConnectorSettingValuesTests : IDisposable
{
    private const string Values = "query($id: ID!, $setting: String!) { connectorSettingValues(installationId: $id, setting: $setting) { value label } }";

    private static readonly string[] Events = ["scorecard.submitted"];

    private readonly WireMockServer _ats = WireMockServer.Start();
    private readonly string _plugins = Path.Combine(Path.GetTempPath(), "panelist-setting-values-" + Guid.NewGuid().ToString("N"));

    public ConnectorSettingValuesTests()
    {
        // Its own plugins folder: only the test connector, copied from its build.
        var build = Path.Combine(RepositoryPaths.Root, "artifacts", "test-plugins", "settingvalues");
        Directory.CreateDirectory(Path.Combine(_plugins, "settingvalues"));
        foreach (var file in Directory.GetFiles(build))
        {
            File.Copy(file, Path.Combine(_plugins, "settingvalues", Path.GetFileName(file)));
        }

        _ats.Given(Request.Create().WithPath("/templates").WithParam("region", "eu").WithHeader("Authorization", "Bearer vendor-token").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new[] { new { id = "tmpl-1", name = "Phone screen" }, new { id = "tmpl-2", name = "Onsite" } }));
    }

    [Fact]
    public async Task Setting_fields_show_their_kind_choices_and_default()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var organization = await AddOrganizationAsync(database);
        await using var api = Api(database);
        using var admin = api.ClientAs(Role.ClientAdmin, organization);

        var schema = await WaitForConnectorAsync(admin);

        var fields = schema.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        Assert.Equal(["baseUrl", "token", "template", "region", "fieldMap"], fields.Keys);
        Assert.Equal(("URL", false), (fields["baseUrl"].GetProperty("kind").GetString(), fields["baseUrl"].GetProperty("isSecret").GetBoolean()));
        Assert.Equal(("SECRET", true), (fields["token"].GetProperty("kind").GetString(), fields["token"].GetProperty("isSecret").GetBoolean()));
        Assert.Equal("CHOICE", fields["region"].GetProperty("kind").GetString());
        Assert.Equal("eu", fields["region"].GetProperty("default").GetString());
        Assert.Equal(["eu:Europe", "us:United States"],
            fields["region"].GetProperty("choices").EnumerateArray().Select(c => $"{c.GetProperty("value").GetString()}:{c.GetProperty("label").GetString()}"));
        Assert.Equal(0, fields["template"].GetProperty("choices").GetArrayLength());
        Assert.Equal(("JSON", "{}"), (fields["fieldMap"].GetProperty("kind").GetString(), fields["fieldMap"].GetProperty("default").GetString()));
        Assert.Equal(JsonValueKind.Null, fields["baseUrl"].GetProperty("default").ValueKind);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task connectorSettingValues_lists_the_vendors_values_with_the_stored_settings_for_client_admins_only(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organization = await AddOrganizationAsync(database);
        await using var api = Api(database);
        using var admin = api.ClientAs(Role.ClientAdmin, organization);
        using var recruiter = api.ClientAs(Role.Recruiter, organization);
        await WaitForConnectorAsync(admin);
        var id = await InstallAsync(admin, ("baseUrl", _ats.Url + "/"), ("token", "vendor-token"));

        var listed = await admin.PostAsync(Values, new { id, setting = "template" });
        var forbidden = await recruiter.PostAsync(Values, new { id, setting = "template" });

        Assert.False(listed.HasErrors, listed.Body);
        Assert.Equal(["tmpl-1:Phone screen", "tmpl-2:Onsite"], listed.Data.GetProperty("connectorSettingValues").EnumerateArray()
            .Select(c => $"{c.GetProperty("value").GetString()}:{c.GetProperty("label").GetString()}"));
        Assert.Equal(["FORBIDDEN"], forbidden.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, forbidden.Data.GetProperty("connectorSettingValues").ValueKind);
    }

    [Fact]
    public async Task connectorSettingValues_refuses_unknown_settings_and_says_when_the_connector_cannot_list_values()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var organization = await AddOrganizationAsync(database);
        await using var api = Api(database);
        using var admin = api.ClientAs(Role.ClientAdmin, organization);
        await WaitForConnectorAsync(admin);
        var id = await InstallAsync(admin, ("baseUrl", _ats.Url + "/"), ("token", "vendor-token"));
        var refusedByAts = await InstallAsync(admin, ("baseUrl", _ats.Url + "/"), ("token", "wrong-token"));

        var unknown = await admin.PostAsync(Values, new { id, setting = "colour" });
        var notListed = await admin.PostAsync(Values, new { id, setting = "region" });
        var atsRefused = await admin.PostAsync(Values, new { id = refusedByAts, setting = "template" });
        var missing = await admin.PostAsync(Values, new { id = "not-an-id", setting = "template" });

        Assert.Equal(["BAD_USER_INPUT"], unknown.ErrorCodes);
        Assert.Equal(["CONNECTOR_FAILED"], notListed.ErrorCodes);
        Assert.Contains("'region' takes no values from the ATS.", notListed.Body, StringComparison.Ordinal);
        Assert.Equal(["CONNECTOR_FAILED"], atsRefused.ErrorCodes);
        Assert.Contains("The ATS answered 404 to GET templates.", atsRefused.Body, StringComparison.Ordinal);
        Assert.Equal(["NOT_FOUND"], missing.ErrorCodes);
    }

    public void Dispose()
    {
        _ats.Stop();
        _ats.Dispose();
        try
        {
            Directory.Delete(_plugins, recursive: true);
        }
        catch (IOException)
        {
            // The loaded plugin's files may still be open; a temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private PanelistApiFactory Api(TestDatabase database) =>
        new(database, ("Plugins:PluginsPath", _plugins), ("Plugins:WatchForChanges", "false"));

    private static async Task<string> InstallAsync(GraphQLClient admin, params (string Name, string Value)[] settings)
    {
        var installed = await admin.PostAsync("""
            mutation($input: InstallConnectorInput!) { installConnector(input: $input) { installation { id } errors { code message } } }
            """, new
        {
            input = new
            {
                connectorId = "settingvalues", name = "Vendor", events = Events,
                settings = settings.Select(s => new { name = s.Name, value = s.Value }),
            },
        });
        Assert.Empty(installed.PayloadErrors("installConnector"));
        return installed.Data.GetProperty("installConnector").GetProperty("installation").GetProperty("id").GetString()!;
    }

    /// <summary>The plugins load in the background at start; wait until the test connector is there. Returns its settings schema.</summary>
    private static async Task<JsonElement> WaitForConnectorAsync(GraphQLClient client)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var response = await client.PostAsync("{ connectors { id settingsSchema { name kind isSecret default choices { value label } } } }");
            foreach (var connector in response.Data.GetProperty("connectors").EnumerateArray())
            {
                if (connector.GetProperty("id").GetString() == "settingvalues")
                {
                    return connector.GetProperty("settingsSchema");
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The settingvalues test connector never loaded.");
    }

    private static async Task<Guid> AddOrganizationAsync(TestDatabase database)
    {
        await using var scope = database.AsSystem(Organization.PlatformId);
        var organization = new Organization($"val-{Guid.NewGuid():N}"[..16], "Setting values test");
        scope.Db.Organizations.Add(organization);
        await scope.Db.SaveChangesAsync();
        return organization.Id;
    }
}
