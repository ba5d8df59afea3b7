using System.Text.Json;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Quality.Statistics;
using Panelist.Testing.Databases;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Tests.Fairness;

/// <summary>
/// <c>adverseImpact(scope:)</c> and <c>adverseImpactCsv(scope:)</c> over HTTP on the EEOC example world: the figures,
/// suppression, the LL144 small-category exclusion and its audit entry, the CSV, and who may ask.
/// </summary>
public sealed class AdverseImpactQueryTests(EeocWorlds worlds) : IClassFixture<EeocWorlds>
{
    private const string Black = "BLACK_OR_AFRICAN_AMERICAN";

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_EEOC_UGESP_four_fifths_example_48_of_80_against_12_of_40_is_adverse_impact_with_ratio_0_5(DatabaseProvider provider)
    {
        // EEOC, Adoption of Questions and Answers to Clarify the Uniform Guidelines (44 Fed. Reg. 11996, 1979): 60% vs 30%, IR 0.5.
        var world = await worlds.For(provider);
        using var auditor = world.As(Role.Auditor);

        var report = await FairnessWorld.ReportAsync(auditor, FairnessWorld.Window);

        var race = report.GetProperty("raceEthnicity");
        var white = FairnessWorld.Category(race, "WHITE");
        var black = FairnessWorld.Category(race, Black);
        Assert.Equal((80, 48, 0.6, true), (white.Number("assessed"), white.Number("selected"), white.GetProperty("selectionRate").GetDouble(), white.GetProperty("isReference").GetBoolean()));
        Assert.Equal((40, 12, 80), (black.Number("assessed"), black.Number("selected"), black.Number("referenceAssessed")));
        Assert.Equal(0.3, black.GetProperty("selectionRate").GetDouble(), 3);
        Assert.Equal(0.5, black.GetProperty("impactRatio").GetDouble(), 3);
        Assert.True(black.GetProperty("adverseImpact").GetBoolean());
        // Pooled z: p̂ = 60/120, SE = √(.25 · (1/40 + 1/80)) = 0.0968, z = −0.3 / 0.0968 = −3.098.
        Assert.Equal(-3.098, black.GetProperty("zScore").GetDouble(), 3);
        Assert.Equal(FisherExactTest.TwoSided(12, 28, 48, 32), black.GetProperty("fisherExactP").GetDouble(), 12);
        Assert.True(black.GetProperty("fisherExactP").GetDouble() < 0.01);
        Assert.Equal("WHITE", race.Str("referenceCategory"));
        // The two Asian candidates are a cell under the default minimum n of 5: withheld, and said so.
        var asian = FairnessWorld.Category(race, "ASIAN");
        Assert.Equal(JsonValueKind.Null, asian.GetProperty("assessed").ValueKind);
        Assert.Contains("Fewer than 5", asian.Str("suppressed"), StringComparison.Ordinal);
        Assert.Contains("ASIAN", race.GetProperty("suppressedCategories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(122, race.Number("assessed"));
        // No one gave a sex: every decision is "not provided" there, and nothing is compared.
        var sex = report.GetProperty("sex");
        Assert.Equal((0, report.Number("assessed")), (sex.Number("assessed"), sex.Number("notProvided")));
        Assert.False(sex.IsNull("undefinedReason"));
        Assert.Equal(report.Number("scorecards") - report.Number("noDecision"), report.Number("assessed"));
        Assert.Contains("NO_DECISION is excluded", report.Str("selectionRule"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cells_under_the_minimum_n_are_withheld_and_named_and_a_bad_minimum_is_refused()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var analyst = world.As(Role.Analyst);

        var report = await FairnessWorld.ReportAsync(analyst, new { from = "2025-11-01T00:00:00Z", to = "2027-01-01T00:00:00Z", minimumCellSize = 50 });

        var race = report.GetProperty("raceEthnicity");
        var black = FairnessWorld.Category(race, Black);
        Assert.Equal(JsonValueKind.Null, black.GetProperty("assessed").ValueKind);
        Assert.Equal(JsonValueKind.Null, black.GetProperty("selectionRate").ValueKind);
        Assert.Contains("Fewer than 50", black.Str("suppressed"), StringComparison.Ordinal);
        Assert.Contains(Black, race.GetProperty("suppressedCategories").EnumerateArray().Select(c => c.GetString()));
        // Left alone, White is compared with no one but itself.
        Assert.Equal((80, 1.0), (FairnessWorld.Category(race, "WHITE").Number("assessed"), FairnessWorld.Category(race, "WHITE").GetProperty("impactRatio").GetDouble()));
        Assert.Equal(50, report.Number("minimumCellSize"));
        foreach (var bad in new[] { -1, 1001 })
        {
            var refused = await analyst.PostAsync("query($s: AdverseImpactScopeInput!) { adverseImpact(scope: $s) { assessed } }", new { s = new { minimumCellSize = bad } });
            Assert.Equal(["BAD_USER_INPUT"], refused.ErrorCodes);
        }
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Categories_under_2_percent_are_excluded_with_the_justification_shown_and_audited(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var auditor = world.As(Role.Auditor);
        const string Why = "Asian applicants were 2 of 122 (under 2%): too few for a meaningful ratio.";

        var report = await FairnessWorld.ReportAsync(auditor, new { from = "2025-11-01T00:00:00Z", to = "2027-01-01T00:00:00Z", minimumCellSize = 0, exclusionJustification = Why });

        var race = report.GetProperty("raceEthnicity");
        var asian = FairnessWorld.Category(race, "ASIAN");
        // Excluded, not hidden: its count and rate stay (LL144), only the ratio is left out.
        Assert.Equal((2, 1, 0.5), (asian.Number("assessed"), asian.Number("selected"), asian.GetProperty("selectionRate").GetDouble()));
        Assert.Equal(JsonValueKind.Null, asian.GetProperty("impactRatio").ValueKind);
        Assert.Contains(Why, asian.Str("excluded"), StringComparison.Ordinal);
        Assert.Contains("ASIAN", race.GetProperty("excludedCategories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(0.5, FairnessWorld.Category(race, Black).GetProperty("impactRatio").GetDouble(), 3);
        Assert.Equal((0.02, Why), (report.GetProperty("excludeBelowShare").GetDouble(), report.Str("exclusionJustification")));
        var trail = await auditor.Query("""{ auditEntries(first: 50, where: { action: { eq: "adverse_impact.categories_excluded" } }) { nodes { action actorRole summary } } }""");
        var entry = trail.At("auditEntries.nodes").EnumerateArray().Last();
        Assert.Equal("AUDITOR", entry.Str("actorRole"));
        using var summary = JsonDocument.Parse(entry.Str("summary")!);
        Assert.Equal(Why, summary.RootElement.GetProperty("justification").GetString());
        Assert.Contains("ASIAN", summary.RootElement.GetProperty("excluded").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_CSV_has_the_LL144_summary_table_rows_with_the_figures_of_the_query_and_is_audited(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var analyst = world.As(Role.Analyst);

        var response = await analyst.PostAsync("query($s: AdverseImpactScopeInput!) { adverseImpactCsv(scope: $s) { fileName contentType content assessed } }",
            new { s = FairnessWorld.Window });

        Assert.False(response.HasErrors, response.Body);
        var csv = response.Data.GetProperty("adverseImpactCsv");
        Assert.Equal(("adverse-impact-2025-11-01-2027-01-01.csv", "text/csv; charset=utf-8"), (csv.Str("fileName"), csv.Str("contentType")));
        var lines = csv.Str("content")!.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("table,sex,race_ethnicity,number_of_applicants,number_selected,selection_rate,impact_ratio,adverse_impact_four_fifths,fisher_exact_p,z_score,z_test_p,reference_applicants,note",
            lines[0]);
        // 2 sex rows, 7 race rows, 14 intersections, and an UNKNOWN row for each table.
        Assert.Equal(1 + 3 + 8 + 15, lines.Length);
        var black = lines.Single(l => l.StartsWith("RACE_ETHNICITY,," + Black + ",", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["40", "12", "0.3", "0.5", "true"], black[3..8]);
        Assert.Equal(-3.098, double.Parse(black[9], System.Globalization.CultureInfo.InvariantCulture), 3);
        Assert.Equal("80", black[11]);
        Assert.StartsWith("RACE_ETHNICITY,UNKNOWN,UNKNOWN,", lines.Single(l => l.StartsWith("RACE_ETHNICITY,UNKNOWN", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("RACE_ETHNICITY,,ASIAN,,,", StringComparison.Ordinal) && l.Contains("Fewer than 5", StringComparison.Ordinal));
        using var auditor = world.As(Role.Auditor);
        var trail = await auditor.Query("""{ auditEntries(first: 50, where: { action: { eq: "adverse_impact.exported" } }) { nodes { actorRole } } }""");
        Assert.Contains("ANALYST", trail.At("auditEntries.nodes").EnumerateArray().Select(n => n.Str("actorRole")));
    }

    [Fact]
    public async Task Interviewers_recruiters_and_client_admins_get_nothing_and_another_tenant_sees_only_its_own()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        var decision = (await world.DecisionsAsync()).First();
        const string Document = "query($s: AdverseImpactScopeInput!) { adverseImpact(scope: $s) { assessed } adverseImpactCsv(scope: $s) { content } }";
        foreach (var client in new[] { world.As(Role.Recruiter), world.As(Role.ClientAdmin), world.Api.ClientAs(Role.Interviewer, null, decision.InterviewerId) })
        {
            using (client)
            {
                var refused = await client.PostAsync(Document, new { s = FairnessWorld.Window });
                Assert.Equal(JsonValueKind.Null, refused.Data.GetProperty("adverseImpact").ValueKind);
                Assert.Equal(JsonValueKind.Null, refused.Data.GetProperty("adverseImpactCsv").ValueKind);
                Assert.Equal(["FORBIDDEN", "FORBIDDEN"], refused.ErrorCodes);
            }
        }

        // Globex's analyst: Globex's own decisions, none of Acme's demographics, and Acme's engagement is not theirs.
        using var globex = world.As(Role.Analyst, world.Globex);
        var theirs = await FairnessWorld.ReportAsync(globex, FairnessWorld.Window);
        var globexDecided = (await world.DecisionsAsync(world.Globex)).Count(d => d.Recommendation != Domain.Scorecards.Recommendation.NoDecision);
        Assert.Equal(globexDecided, theirs.Number("assessed"));
        Assert.Equal((0, globexDecided), (theirs.Number("raceEthnicity.assessed"), theirs.Number("raceEthnicity.notProvided")));
        var foreign = await globex.PostAsync("query($s: AdverseImpactScopeInput!) { adverseImpact(scope: $s) { assessed } }",
            new { s = new { engagement = SeededWorld.Id("Engagement", decision.EngagementId) } });
        Assert.Equal(["NOT_FOUND"], foreign.ErrorCodes);
    }
}
