using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Fairness;

/// <summary>
/// A demo world large enough for a four-fifths comparison (several hundred Acme scorecards, most with a decision), the
/// real API over it, and helpers to read its decisions straight from the tables and to import demographics.
/// </summary>
public sealed class FairnessWorld : IAsyncDisposable
{
    /// <summary>Covers every seeded scorecard: the demo data is anchored at 2026-11-02 and reaches a few months back.</summary>
    public static readonly object Window = new { from = "2025-11-01T00:00:00Z", to = "2027-01-01T00:00:00Z" };

    private static readonly SeedOptions Seed = SeedOptions.Demo with { Interviewers = 60, Interviews = 900, EngagementsPerOrganization = 2, Audit = false };

    private FairnessWorld(TestDatabase database, PanelistApiFactory api, Guid acme, Guid globex)
    {
        Database = database;
        Api = api;
        Acme = acme;
        Globex = globex;
    }

    public TestDatabase Database { get; }

    public PanelistApiFactory Api { get; }

    public Guid Acme { get; }

    public Guid Globex { get; }

    public static async Task<FairnessWorld> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await new DemoDataGenerator(database.Options, database.Keys, Seed, NullLogger.Instance).GenerateAsync(default);
        await using var scope = database.AsSystem(Organization.PlatformId);
        var organizations = await scope.Db.Organizations.ToDictionaryAsync(o => o.Slug, o => o.Id);
        return new FairnessWorld(database, new PanelistApiFactory(database), organizations["acme"], organizations["globex"]);
    }

    public GraphQLClient As(Role role, Guid? organizationId = null) => Api.ClientAs(role, organizationId ?? Acme);

    /// <summary>Every submitted scorecard of <paramref name="organizationId"/> (Acme by default), read from the tables.</summary>
    public async Task<List<Decision>> DecisionsAsync(Guid? organizationId = null)
    {
        await using var scope = Database.AsSystem(organizationId ?? Acme);
        var db = scope.Db;
        return await (from s in db.Scorecards
                      where s.SubmittedAt != null
                      join i in db.Interviews on s.InterviewId equals i.Id
                      select new Decision(s.Id, i.Id, i.CandidateId!.Value, s.InterviewerId, i.EngagementId, s.RubricVersionId, s.Recommendation, s.SubmittedAt!.Value))
            .ToListAsync();
    }

    /// <summary>Candidates with exactly one decided scorecard, by whether it selected them.</summary>
    public async Task<(List<Guid> Selected, List<Guid> NotSelected)> SingleDecisionCandidatesAsync()
    {
        var decided = (await DecisionsAsync()).Where(d => d.Recommendation != Recommendation.NoDecision).GroupBy(d => d.CandidateId)
            .Where(g => g.Count() == 1).Select(g => g.Single()).OrderBy(d => d.CandidateId).ToList();
        return ([.. decided.Where(d => d.IsSelected).Select(d => d.CandidateId)], [.. decided.Where(d => !d.IsSelected).Select(d => d.CandidateId)]);
    }

    /// <summary>Imports rows of (candidate, SEX or null, RACE_ETHNICITY or null) as Acme's client admin; fails the test on a refusal.</summary>
    public async Task ImportAsync(IEnumerable<(Guid Candidate, string? Sex, string? Race)> rows, Guid? organizationId = null)
    {
        using var admin = As(Role.ClientAdmin, organizationId);
        foreach (var batch in rows.Chunk(500))
        {
            var response = await admin.PostAsync("mutation($input: ImportCandidateDemographicsInput!) { importCandidateDemographics(input: $input) { import { imported } errors { code message path } } }",
                new { input = new { rows = batch.Select(r => new { candidateId = SeededWorld.Id("Candidate", r.Candidate), sex = r.Sex, raceEthnicity = r.Race }).ToArray() } });
            Assert.False(response.HasErrors, response.Body);
            Assert.Empty(response.PayloadErrors("importCandidateDemographics"));
        }
    }

    public static async Task<JsonElement> ReportAsync(GraphQLClient client, object scope, string selection = Selection)
    {
        var response = await client.PostAsync($"query($scope: AdverseImpactScopeInput!) {{ adverseImpact(scope: $scope) {{ {selection} }} }}", new { scope });
        Assert.False(response.HasErrors, response.Body);
        return response.Data.GetProperty("adverseImpact");
    }

    public const string Table = """
        dimension assessed selected declined notProvided referenceCategory undefinedReason suppressedCategories excludedCategories
        categories { category sex raceEthnicity assessed selected selectionRate shareOfAssessed impactRatio adverseImpact fisherExactP zScore zTestP
          referenceAssessed isReference excluded suppressed }
        """;

    public const string Selection = "scorecards noDecision assessed selected minimumCellSize excludeBelowShare exclusionJustification selectionRule "
        + "sex { " + Table + " } raceEthnicity { " + Table + " } intersection { " + Table + " }";

    public static JsonElement Category(JsonElement table, string category) =>
        table.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == category);

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        await Database.DisposeAsync();
    }
}
