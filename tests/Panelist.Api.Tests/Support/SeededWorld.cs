using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Support;

/// <summary>
/// A migrated database filled with the small demo world (acme, globex, initech and the platform) and
/// the real API over it. Shared by the read-only tests of one class; tests that change data make
/// their own rows or their own database.
/// </summary>
public sealed class SeededWorld : IAsyncDisposable
{
    public static readonly SeedOptions Small = SeedOptions.Demo with { Interviewers = 60, Interviews = 120, EngagementsPerOrganization = 2 };

    private SeededWorld(TestDatabase database, PanelistApiFactory api, IReadOnlyDictionary<string, Guid> organizations)
    {
        Database = database;
        Api = api;
        Acme = organizations["acme"];
        Globex = organizations["globex"];
        Initech = organizations["initech"];
    }

    public TestDatabase Database { get; }

    public PanelistApiFactory Api { get; }

    public Guid Acme { get; }

    public Guid Globex { get; }

    public Guid Initech { get; }

    public static async Task<SeededWorld> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await new DemoDataGenerator(database.Options, database.Keys, Small, NullLogger.Instance).GenerateAsync(default);
        Dictionary<string, Guid> organizations;
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            organizations = await scope.Db.Organizations.ToDictionaryAsync(o => o.Slug, o => o.Id);
        }

        // The demo data is anchored at a fixed date (SeedOptions.Anchor): an interviewer's access window to their candidates'
        // names (PrivacyOptions, 7 days after the interview) would otherwise close with the calendar. Its own tests set a clock.
        return new SeededWorld(database, new PanelistApiFactory(database, ("Privacy:InterviewerAccessAfterInterview", "365.00:00:00")), organizations);
    }

    /// <summary>A client acting in <paramref name="role"/> for <paramref name="organizationId"/> (the platform when null).</summary>
    public GraphQLClient As(Role role, Guid? organizationId = null) =>
        Api.ClientAs(role, organizationId ?? Organization.PlatformId);

    public GraphQLClient AsInterviewer(Guid interviewerId) => Api.ClientAs(Role.Interviewer, null, interviewerId);

    /// <summary>Reads rows as the platform acting for <paramref name="organizationId"/> (the tenant filter applies).</summary>
    public async Task<T> ReadAsync<T>(Guid organizationId, Func<PanelistDbContext, Task<T>> read)
    {
        await using var scope = Database.AsSystem(organizationId);
        return await read(scope.Db);
    }

    public static string Id(string typeName, Guid id) => GlobalId.Encode(typeName, id);

    public static List<string> Ids(JsonElement nodes) => [.. nodes.EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Database.DisposeAsync();
    }
}
