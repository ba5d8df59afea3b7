using System.Text.Json;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;
using Panelist.Testing.Sql;

namespace Panelist.Api.Tests.Metrics;

/// <summary>
/// <c>metrics</c> reads scorecards and candidate feedback only for a query that asks for a metric made from them, and
/// every metric answers the same whether asked alone, through a fragment, or with all the others.
/// </summary>
public sealed class MetricsSelectionTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Scope = """scope: { from: "2026-07-01T00:00:00Z", to: "2026-11-02T00:00:00Z" }""";

    /// <summary>Each metric's selection, and whether it is made from reviews.</summary>
    private static readonly (string Selection, bool Reviews)[] Metrics =
    [
        ("engagement { id }", false), ("from", false), ("to", false), ("interviewsRequested", false), ("interviewsByStatus { status count }", false),
        ("timeToSchedule { count medianHours p90Hours }", false), ("feedbackTurnaround { count medianHours p90Hours }", true),
        ("scheduleSlaAttainment { numerator denominator value }", false), ("feedbackSlaAttainment { numerator denominator value }", true),
        ("candidateNoShowRate { numerator denominator value }", false), ("interviewerNoShowRate { numerator denominator value }", false),
        ("lateCancellationRate { numerator denominator value }", false), ("passRate { numerator denominator value }", true),
        ("costs { currency total completedInterviews perCompletedInterview committed budget budgetUsed }", false),
        ("interviewerUtilization { bookedInterviews offeredSlots value }", false),
        ("candidateNps { responses promoters passives detractors score }", true),
    ];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Each_metric_alone_answers_as_with_all_others_and_reads_reviews_only_when_made_from_them(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var counter = new SqlCommandCounter();
        await using var api = counter.Api(world.Database);
        using var analyst = api.ClientAs(Role.Analyst, world.Acme);
        var all = await MetricsAsync(analyst, string.Join(" ", Metrics.Select(m => m.Selection)));
        Assert.True(all.GetProperty("passRate").GetProperty("denominator").GetInt32() > 0, "the window holds no reviewed interview: " + all);

        foreach (var (selection, reviews) in Metrics)
        {
            counter.Reset();
            var alone = await MetricsAsync(analyst, selection);

            var name = selection.Split(' ')[0];
            Assert.Equal(all.GetProperty(name).GetRawText(), alone.GetProperty(name).GetRawText());
            Assert.Equal(reviews, counter.Commands.Any(c => c.Contains("\"Scorecards\"", StringComparison.Ordinal)));
            Assert.Equal(reviews, counter.Commands.Any(c => c.Contains("\"CandidateFeedback\"", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task A_review_based_metric_asked_through_a_fragment_is_read_with_its_reviews()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        using var analyst = world.As(Role.Analyst, world.Acme);

        var direct = await analyst.Query($$"""{ metrics({{Scope}}) { passRate { numerator denominator } candidateNps { responses } } }""");
        var spread = await analyst.Query($$"""
            { metrics({{Scope}}) { timeToSchedule { count } ...Reviews } }
            fragment Reviews on MetricsSnapshot { passRate { numerator denominator } ... on MetricsSnapshot { candidateNps { responses } } }
            """);

        Assert.True(direct.At("metrics.passRate.denominator").GetInt32() > 0);
        Assert.Equal(direct.At("metrics.passRate").GetRawText(), spread.At("metrics.passRate").GetRawText());
        Assert.Equal(direct.At("metrics.candidateNps").GetRawText(), spread.At("metrics.candidateNps").GetRawText());
    }

    private static async Task<JsonElement> MetricsAsync(GraphQLClient client, string selection) =>
        (await client.Query($$"""{ metrics({{Scope}}) { {{selection}} } }""")).GetProperty("metrics");
}
