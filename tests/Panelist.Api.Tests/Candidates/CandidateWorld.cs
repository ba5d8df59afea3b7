using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Persistence;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;
using Panelist.Domain.Organizations;
using Panelist.Domain.Seeding;
using Panelist.Testing;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Candidates;

/// <summary>The small demo world with the plugins folder loaded, and one Acme interview whose candidate has a name no seed can produce.</summary>
internal sealed class CandidateWorld : IAsyncDisposable
{
    public const string Name = "Zelda Quixotic-Marker";
    public const string Email = "zelda.quixotic@marker.example";

    private CandidateWorld(TestDatabase database, PanelistApiFactory api, Guid acme)
    {
        Database = database;
        Api = api;
        Acme = acme;
    }

    public TestDatabase Database { get; }

    public PanelistApiFactory Api { get; }

    public Guid Acme { get; }

    public string InterviewId { get; private set; } = "";

    public string CandidateId { get; private set; } = "";

    public string EngagementId { get; private set; } = "";

    public static async Task<CandidateWorld> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await new DemoDataGenerator(database.Options, database.Keys, SeededWorld.Small, NullLogger.Instance).GenerateAsync(default);
        Guid acme;
        Guid engagement;
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            acme = await scope.Db.Organizations.Where(o => o.Slug == "acme").Select(o => o.Id).SingleAsync();
            engagement = await scope.Db.Engagements.IgnoreQueryFilters()
                .Where(e => e.OrganizationId == acme && e.Status == Domain.Engagements.EngagementStatus.Active).Select(e => e.Id).FirstAsync();
        }

        var api = new PanelistApiFactory(database, ("Plugins:PluginsPath", RepositoryPaths.Plugins), ("Plugins:WatchForChanges", "false"));
        var world = new CandidateWorld(database, api, acme) { EngagementId = SeededWorld.Id("Engagement", engagement) };
        var requested = await world.As(Role.Recruiter).PostAsync("""
            mutation($input: RequestInterviewInput!) { requestInterview(input: $input) { interview { id candidate { id name } } errors { code message } } }
            """, new { input = new { engagementId = world.EngagementId, candidate = new { name = Name, email = Email, atsCandidateId = "GH-CAND-77", atsApplicationId = "GH-APP-77" } } });
        var interview = requested.Data.GetProperty("requestInterview").GetProperty("interview");
        world.InterviewId = interview.GetProperty("id").GetString()!;
        world.CandidateId = interview.GetProperty("candidate").GetProperty("id").GetString()!;
        return world;
    }

    public GraphQLClient As(Role role) => Api.ClientAs(role, Acme);

    public async Task<JsonElement> CandidateAsync(Role role = Role.ClientAdmin, string fields = "name email erasedAt") =>
        (await As(role).PostAsync($$"""query($id: ID!) { node(id: $id) { ... on Candidate { {{fields}} } } }""", new { id = CandidateId })).Data.GetProperty("node");

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Database.DisposeAsync();
    }
}
