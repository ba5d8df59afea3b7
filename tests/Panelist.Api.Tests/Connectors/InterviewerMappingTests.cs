using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Connectors;

/// <summary>How client admins name interviewers towards an installation's ATS through GraphQL: vendor users, a relay pattern, audited.</summary>
public sealed class InterviewerMappingTests
{
    private const string Map = """
        mutation($installation: ID!, $interviewer: ID!, $user: String!) { mapInterviewer(input: { installationId: $installation, interviewerId: $interviewer, vendorUserId: $user }) {
          mapping { id vendorUserId interviewer { id name } } errors { code path } } }
        """;

    private const string Unmap = """
        mutation($installation: ID!, $interviewer: ID!) { unmapInterviewer(input: { installationId: $installation, interviewerId: $interviewer }) {
          mapping { vendorUserId } errors { code path } } }
        """;

    private const string SetPattern = """
        mutation($installation: ID!, $pattern: String) { setRelayAddressPattern(input: { installationId: $installation, pattern: $pattern }) {
          installation { relayAddressPattern } errors { code path } } }
        """;

    private const string Mappings = """
        query($installation: ID!, $after: String) { node(id: $installation) { ... on ConnectorInstallation { relayAddressPattern
          interviewerMappings(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { vendorUserId interviewer { name } } } } } }
        """;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_client_admin_maps_interviewers_to_vendor_users_pages_them_sets_the_relay_pattern_and_every_change_is_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organization, installation) = await AddInstallationAsync(database);
        var ada = await AddInterviewerAsync(database, "Ada");
        var grace = await AddInterviewerAsync(database, "Grace");
        await using var api = new PanelistApiFactory(database, ("Plugins:PluginsPath", RepositoryPaths.Plugins), ("Plugins:WatchForChanges", "false"));
        using var admin = api.ClientAs(Role.ClientAdmin, organization);
        var id = Id("ConnectorInstallation", installation);

        var first = await admin.PostAsync(Map, new { installation = id, interviewer = Id("Interviewer", ada), user = "gh-1" });
        var taken = await admin.PostAsync(Map, new { installation = id, interviewer = Id("Interviewer", grace), user = "gh-1" });
        var remapped = await admin.PostAsync(Map, new { installation = id, interviewer = Id("Interviewer", ada), user = " gh-2 " });
        var second = await admin.PostAsync(Map, new { installation = id, interviewer = Id("Interviewer", grace), user = "gh-1" });
        var unknown = await admin.PostAsync(Map, new { installation = id, interviewer = Id("Interviewer", Guid.CreateVersion7()), user = "gh-9" });
        var pattern = await admin.PostAsync(SetPattern, new { installation = id, pattern = "interviewer-{interviewerId}@relay.example.com" });
        var page1 = await admin.PostAsync(Mappings, new { installation = id });
        var cursor = page1.Data.GetProperty("node").GetProperty("interviewerMappings").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var page2 = await admin.PostAsync(Mappings, new { installation = id, after = cursor });

        Assert.Empty(first.PayloadErrors("mapInterviewer"));
        Assert.Equal("Ada", first.Data.GetProperty("mapInterviewer").GetProperty("mapping").GetProperty("interviewer").GetProperty("name").GetString());
        Assert.Equal(["VENDOR_USER_ALREADY_MAPPED"], taken.PayloadErrors("mapInterviewer"));
        Assert.Equal("gh-2", remapped.Data.GetProperty("mapInterviewer").GetProperty("mapping").GetProperty("vendorUserId").GetString());
        Assert.Empty(second.PayloadErrors("mapInterviewer"));
        Assert.Equal(["NOT_FOUND"], unknown.PayloadErrors("mapInterviewer"));
        Assert.Empty(pattern.PayloadErrors("setRelayAddressPattern"));
        var one = page1.Data.GetProperty("node");
        Assert.Equal("interviewer-{interviewerId}@relay.example.com", one.GetProperty("relayAddressPattern").GetString());
        Assert.Equal(2, one.GetProperty("interviewerMappings").GetProperty("totalCount").GetInt32());
        Assert.True(one.GetProperty("interviewerMappings").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal("gh-2", one.GetProperty("interviewerMappings").GetProperty("nodes")[0].GetProperty("vendorUserId").GetString());
        var two = page2.Data.GetProperty("node").GetProperty("interviewerMappings");
        Assert.Equal("gh-1", two.GetProperty("nodes")[0].GetProperty("vendorUserId").GetString());
        Assert.False(two.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var unmapped = await admin.PostAsync(Unmap, new { installation = id, interviewer = Id("Interviewer", ada) });
        var again = await admin.PostAsync(Unmap, new { installation = id, interviewer = Id("Interviewer", ada) });
        var cleared = await admin.PostAsync(SetPattern, new { installation = id, pattern = (string?)null });
        var removed = await admin.PostAsync("mutation($id: ID!) { uninstallConnector(input: { installationId: $id }) { errors { code } } }", new { id });

        Assert.Equal("gh-2", unmapped.Data.GetProperty("unmapInterviewer").GetProperty("mapping").GetProperty("vendorUserId").GetString());
        Assert.Equal(["NOT_FOUND"], again.PayloadErrors("unmapInterviewer"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null,
            cleared.Data.GetProperty("setRelayAddressPattern").GetProperty("installation").GetProperty("relayAddressPattern").ValueKind);
        Assert.Empty(removed.PayloadErrors("uninstallConnector"));
        await using var scope = database.AsSystem(organization);
        Assert.False(await scope.Db.InterviewerMappings.IgnoreQueryFilters().AnyAsync());
        var actions = await scope.Db.AuditEntries.Where(e => e.SubjectId == installation.ToString()).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
        Assert.Equal(["connector.interviewer_mapped", "connector.interviewer_mapped", "connector.interviewer_mapped", "connector.relay_address_pattern_set",
            "connector.interviewer_unmapped", "connector.relay_address_pattern_set", "connector.uninstalled"], actions);
    }

    [Theory]
    [InlineData("relay@example.com")]
    [InlineData("{interviewerId}")]
    [InlineData("interviewer@{interviewerId}.example.com")]
    [InlineData("{interviewerId}-{interviewerId}@relay.example.com")]
    [InlineData("Relay <interviewer-{interviewerId}@relay.example.com>")]
    [InlineData("interviewer-{interviewerId}@localhost")]
    [InlineData("interviewer {interviewerId}@relay.example.com")]
    public async Task A_relay_pattern_needs_the_placeholder_in_a_plain_address(string pattern)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var (organization, installation) = await AddInstallationAsync(database);
        await using var api = new PanelistApiFactory(database, ("Plugins:PluginsPath", RepositoryPaths.Plugins), ("Plugins:WatchForChanges", "false"));
        using var admin = api.ClientAs(Role.ClientAdmin, organization);

        var refused = await admin.PostAsync(SetPattern, new { installation = Id("ConnectorInstallation", installation), pattern });

        var error = refused.Data.GetProperty("setRelayAddressPattern").GetProperty("errors")[0];
        Assert.Equal("VALIDATION_FAILED", error.GetProperty("code").GetString());
        Assert.Equal(["input", "pattern"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        await using var scope = database.AsSystem(organization);
        Assert.Null((await scope.Db.ConnectorInstallations.SingleAsync()).RelayAddressPattern);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Only_admins_map_interviewers_and_never_on_another_organizations_installation(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organization, installation) = await AddInstallationAsync(database);
        var (otherOrganization, _) = await AddInstallationAsync(database);
        var ada = await AddInterviewerAsync(database, "Ada");
        await using var api = new PanelistApiFactory(database, ("Plugins:PluginsPath", RepositoryPaths.Plugins), ("Plugins:WatchForChanges", "false"));
        using var recruiter = api.ClientAs(Role.Recruiter, organization);
        using var analyst = api.ClientAs(Role.Analyst, organization);
        using var stranger = api.ClientAs(Role.ClientAdmin, otherOrganization);
        var map = new { installation = Id("ConnectorInstallation", installation), interviewer = Id("Interviewer", ada), user = "gh-1" };

        var byRecruiter = await recruiter.PostAsync(Map, map);
        var byAnalyst = await analyst.PostAsync(Map, map);
        var patternByRecruiter = await recruiter.PostAsync(SetPattern, new { map.installation, pattern = "i-{interviewerId}@relay.example.com" });
        var unmapByRecruiter = await recruiter.PostAsync(Unmap, new { map.installation, map.interviewer });
        var byStranger = await stranger.PostAsync(Map, map);
        var patternByStranger = await stranger.PostAsync(SetPattern, new { map.installation, pattern = "i-{interviewerId}@relay.example.com" });
        var readByStranger = await stranger.PostAsync(Mappings, new { map.installation });

        Assert.Equal(["FORBIDDEN"], byRecruiter.PayloadErrors("mapInterviewer"));
        Assert.Equal(["FORBIDDEN"], byAnalyst.PayloadErrors("mapInterviewer"));
        Assert.Equal(["FORBIDDEN"], patternByRecruiter.PayloadErrors("setRelayAddressPattern"));
        Assert.Equal(["FORBIDDEN"], unmapByRecruiter.PayloadErrors("unmapInterviewer"));
        Assert.Equal(["NOT_FOUND"], byStranger.PayloadErrors("mapInterviewer"));
        Assert.Equal(["NOT_FOUND"], patternByStranger.PayloadErrors("setRelayAddressPattern"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, readByStranger.Data.GetProperty("node").ValueKind);
        await using var scope = database.AsSystem(organization);
        Assert.False(await scope.Db.InterviewerMappings.IgnoreQueryFilters().AnyAsync());
        Assert.Null((await scope.Db.ConnectorInstallations.SingleAsync(i => i.Id == installation)).RelayAddressPattern);
        Assert.False(await scope.Db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Action.StartsWith("connector.")));
    }

    private static async Task<(Guid Organization, Guid Installation)> AddInstallationAsync(TestDatabase database)
    {
        var organization = new Organization($"map-{Guid.NewGuid():N}"[..16], "Mapping test");
        await using (var platform = database.AsSystem(Organization.PlatformId))
        {
            platform.Db.Organizations.Add(organization);
            await platform.Db.SaveChangesAsync();
        }

        await using var scope = database.AsSystem(organization.Id);
        var installation = new ConnectorInstallation(organization.Id, "template", "Our ATS", """{"baseUrl":"http://127.0.0.1:1/"}""", "", IntegrationEventType.All);
        scope.Db.ConnectorInstallations.Add(installation);
        await scope.Db.SaveChangesAsync();
        return (organization.Id, installation.Id);
    }

    private static async Task<Guid> AddInterviewerAsync(TestDatabase database, string name)
    {
        var interviewer = new Interviewer(new InterviewerProfile(name, $"{name}.{Guid.NewGuid():N}@interviewers.example.com", null, "gb", "Europe/London"),
            new RateCard("GBP", 90m, 120m));
        await using var scope = database.AsSystem(Organization.PlatformId);
        scope.Db.Interviewers.Add(interviewer);
        await scope.Db.SaveChangesAsync();
        return interviewer.Id;
    }

    private static string Id(string type, Guid id) => Panelist.Api.GraphQL.Relay.GlobalId.Encode(type, id);
}
