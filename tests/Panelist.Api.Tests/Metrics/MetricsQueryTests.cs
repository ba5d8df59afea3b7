using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Metrics;

/// <summary>
/// <c>metrics(scope:)</c> over HTTP on the seeded demo world (read-only): the numbers, identical on both
/// providers; who may ask; and the typed refusals of a bad scope.
/// </summary>
public sealed class MetricsQueryTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string DemoWindow = """from: "2026-07-01T00:00:00Z", to: "2026-11-02T00:00:00Z" """;

    private const string Everything = """
        engagement { id title } from to interviewsRequested interviewsByStatus { status count }
        timeToSchedule { count medianHours p90Hours } feedbackTurnaround { count medianHours p90Hours }
        scheduleSlaAttainment { numerator denominator value } feedbackSlaAttainment { numerator denominator value }
        candidateNoShowRate { numerator denominator value } interviewerNoShowRate { numerator denominator value }
        lateCancellationRate { numerator denominator value } passRate { numerator denominator value }
        costs { currency total completedInterviews perCompletedInterview committed budget budgetUsed }
        interviewerUtilization { bookedInterviews offeredSlots value } candidateNps { responses promoters passives detractors score }
        """;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Analyst_reads_the_organization_s_metrics_counted_from_its_own_rows(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        using var analyst = world.As(Role.Analyst, world.Acme);

        var metrics = (await analyst.Query($$"""{ metrics(scope: { {{DemoWindow}} }) { {{Everything}} } }""")).GetProperty("metrics");

        var (from, to) = (new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc));
        var requested = await world.ReadAsync(world.Acme, db => db.Interviews.CountAsync(i => i.RequestedAt >= from && i.RequestedAt < to));
        Assert.True(requested > 0);
        Assert.Equal(requested, metrics.Number("interviewsRequested"));
        Assert.Equal(requested, metrics.GetProperty("interviewsByStatus").EnumerateArray().Sum(s => s.Number("count")));
        Assert.Equal(JsonValueKind.Null, metrics.GetProperty("engagement").ValueKind);
        Assert.True(metrics.Number("timeToSchedule.count") > 0 && metrics.Number("passRate.denominator") > 0, metrics.ToString());
        var rate = metrics.GetProperty("candidateNoShowRate");
        Assert.Equal((double)rate.Number("numerator") / rate.Number("denominator"), rate.GetProperty("value").GetDouble(), 12);
        Assert.NotEmpty(metrics.GetProperty("costs").EnumerateArray());
    }

    [PostgresFact]
    public async Task SQLite_and_PostgreSQL_give_identical_numbers_for_the_same_rows()
    {
        var document = $$"""{ metrics(scope: { {{DemoWindow}} }) { {{Everything}} } }""";
        var answers = new List<string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var world = await worlds.For(provider);
            using var analyst = world.As(Role.Analyst, world.Acme);
            answers.Add((await analyst.Query(document)).GetRawText());
        }

        Assert.Equal(answers[0], answers[1]);
    }

    [Fact]
    public async Task The_README_metrics_example_answers_on_the_demo_data_without_errors()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "README.md"));
        var example = Regex.Matches(readme, "```graphql\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).Single(b => b.Contains("metrics(", StringComparison.Ordinal));
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var analyst = world.As(Role.Analyst, world.Acme);

        var metrics = (await analyst.Query(example)).GetProperty("metrics");

        Assert.True(metrics.Number("interviewsRequested") > 0);
        Assert.True(metrics.GetProperty("candidateNps").GetProperty("score").ValueKind == JsonValueKind.Number, metrics.ToString());
    }

    [Fact]
    public async Task One_engagement_is_measured_alone_and_named_in_the_answer()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        var engagementId = await world.ReadAsync(world.Acme, db => db.Engagements.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var id = SeededWorld.Id("Engagement", engagementId);

        var metrics = (await recruiter.Query($$"""query($id: ID!) { metrics(scope: { engagement: $id, {{DemoWindow}} }) { engagement { id } interviewsRequested } }""",
            new { id })).GetProperty("metrics");

        var (from, to) = (new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(id, metrics.Str("engagement.id"));
        Assert.Equal(await world.ReadAsync(world.Acme, db => db.Interviews.CountAsync(i => i.EngagementId == engagementId && i.RequestedAt >= from && i.RequestedAt < to)),
            metrics.Number("interviewsRequested"));
    }

    [Fact]
    public async Task An_interviewer_is_refused_metrics_with_FORBIDDEN()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        var interviewerId = await world.ReadAsync(world.Acme, db => db.Interviewers.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync());
        using var interviewer = world.AsInterviewer(interviewerId);

        var response = await interviewer.PostAsync("{ metrics(scope: {}) { interviewsRequested } }");

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("metrics").ValueKind);
    }

    [Theory]
    [InlineData("""from: "2026-10-02T00:00:00Z", to: "2026-10-01T00:00:00Z" """, "BAD_USER_INPUT")]
    [InlineData("""from: "2026-10-01T00:00:00Z", to: "2026-10-01T00:00:00Z" """, "BAD_USER_INPUT")]
    [InlineData("""from: "2025-01-01T00:00:00Z", to: "2026-10-01T00:00:00Z" """, "BAD_USER_INPUT")]
    [InlineData("""engagement: "not-an-id" """, "NOT_FOUND")]
    [InlineData("""engagement: "SW50ZXJ2aWV3OjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw" """, "NOT_FOUND")]
    public async Task A_bad_scope_is_refused_with_a_typed_error(string scope, string code)
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var analyst = world.As(Role.Analyst, world.Acme);

        var response = await analyst.PostAsync($$"""{ metrics(scope: { {{scope}} }) { interviewsRequested } }""");

        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("metrics").ValueKind);
    }

    [Fact]
    public async Task Another_organization_s_engagement_is_NOT_FOUND()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        var globexEngagement = await world.ReadAsync(world.Globex, db => db.Engagements.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        using var analyst = world.As(Role.Analyst, world.Acme);

        var response = await analyst.PostAsync("query($id: ID!) { metrics(scope: { engagement: $id }) { interviewsRequested } }",
            new { id = SeededWorld.Id("Engagement", globexEngagement) });

        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
    }
}
