using System.Text.RegularExpressions;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Sdk.Events;
using Panelist.Testing;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Schema;

/// <summary>
/// Event names are the same everywhere: every event name a schema description mentions is one installConnector accepts,
/// and no description names an event by its SDK record's type name (which the API refuses).
/// </summary>
public sealed partial class EventNameDescriptionTests
{
    private const string Install = """
        mutation($input: InstallConnectorInput!) { installConnector(input: $input) { installation { events } errors { code message } } }
        """;

    [Fact]
    public async Task Every_event_name_the_schema_describes_is_accepted_by_installConnector()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var organization = new Organization($"names-{Guid.NewGuid():N}"[..18], "Event names");
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            scope.Db.Organizations.Add(organization);
            await scope.Db.SaveChangesAsync();
        }

        await using var api = new PanelistApiFactory(database, ("Plugins:PluginsPath", RepositoryPaths.Plugins), ("Plugins:WatchForChanges", "false"));
        using var http = api.CreateClient();
        var descriptions = Description().Matches(await http.GetStringAsync(new Uri("/graphql/schema.graphql", UriKind.Relative)))
            .Select(m => m.Groups["text"].Value).ToList();
        var mentioned = descriptions.SelectMany(d => WireName().Matches(d).Select(m => m.Value)).Distinct().Order().ToList();
        var recordNames = typeof(IntegrationEvent).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(IntegrationEvent)) && !t.IsAbstract).Select(t => t.Name).ToList();
        using var admin = api.ClientAs(Role.ClientAdmin, organization.Id);
        await WaitForTemplateAsync(admin);

        var accepted = await admin.PostAsync(Install, Input(mentioned));
        var refused = await admin.PostAsync(Install, Input([nameof(InterviewScheduled)]));

        Assert.Equal(IntegrationEventTypes.All.Order(), mentioned);
        Assert.DoesNotContain(descriptions, d => recordNames.Any(r => Regex.IsMatch(d, $@"\b{r}\b")));
        Assert.Empty(accepted.PayloadErrors("installConnector"));
        Assert.Equal(mentioned, accepted.Data.GetProperty("installConnector").GetProperty("installation").GetProperty("events")
            .EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.Equal(["VALIDATION_FAILED"], refused.PayloadErrors("installConnector"));
    }

    private static object Input(List<string> events) => new
    {
        input = new
        {
            connectorId = "template",
            name = $"Names {events.Count}",
            settings = new[] { new { name = "baseUrl", value = "http://127.0.0.1:1/" }, new { name = "apiKey", value = "key" } },
            events,
        },
    };

    private static async Task WaitForTemplateAsync(GraphQLClient client)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var response = await client.PostAsync("{ connectors { id } }");
            if (response.Data.GetProperty("connectors").EnumerateArray().Any(c => c.GetProperty("id").GetString() == "template"))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The template connector never loaded.");
    }

    [GeneratedRegex("\"(?<text>[^\"\\n]+)\"")]
    private static partial Regex Description();

    /// <summary>Anything shaped like a wire name (<c>subject.verb</c>) about the subjects events exist for.</summary>
    [GeneratedRegex(@"\b(?:interview|interviewer|scorecard|engagement|assignment|candidate)\.[a-z_]+\b")]
    private static partial Regex WireName();
}
