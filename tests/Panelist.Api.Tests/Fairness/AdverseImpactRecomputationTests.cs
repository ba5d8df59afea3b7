using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.CandidatePages;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Testing.Databases;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Tests.Fairness;

/// <summary>
/// Property-style: after random imports, self-identifications on candidate pages and erasures, every figure of
/// <c>adverseImpact</c> for random scopes equals a from-scratch count over the tables and the answers the test gave.
/// </summary>
public sealed class AdverseImpactRecomputationTests
{
    private static readonly string?[] Sexes = ["FEMALE", "MALE", "DECLINE_TO_ANSWER", null];

    private static readonly string?[] Races =
    [
        "HISPANIC_OR_LATINO", "WHITE", "BLACK_OR_AFRICAN_AMERICAN", "NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER", "ASIAN", "AMERICAN_INDIAN_OR_ALASKA_NATIVE",
        "TWO_OR_MORE_RACES", "DECLINE_TO_ANSWER", null,
    ];

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Every_figure_equals_a_from_scratch_recomputation_after_random_operations(DatabaseProvider provider)
    {
        await using var world = await FairnessWorld.CreateAsync(provider);
        var random = new Random(20261202);
        var decisions = await world.DecisionsAsync();
        var candidates = decisions.Select(d => d.CandidateId).Distinct().Order().ToList();
        var answers = new Dictionary<Guid, (string? Sex, string? Race)>();
        var erasedIds = new HashSet<Guid>();
        bool Erased(Guid candidate) => erasedIds.Contains(candidate);
        using var admin = world.As(Role.ClientAdmin);
        using var browser = world.Api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var links = world.Api.Services.GetRequiredService<CandidateLinks>();
        for (var step = 0; step < 12; step++)
        {
            switch (random.Next(4))
            {
                case 0 or 1:
                    var rows = candidates.OrderBy(_ => random.Next()).Take(random.Next(20, 120)).Where(c => !answers.ContainsKey(c) || random.Next(2) == 0)
                        .Select(c => (c, Sexes[random.Next(Sexes.Length)], Races[random.Next(Races.Length)])).ToList();
                    rows = [.. rows.Where(r => !Erased(r.c))];
                    await world.ImportAsync(rows);
                    rows.ForEach(r => answers[r.c] = (r.Item2, r.Item3));
                    break;
                case 2:
                    var decision = decisions[random.Next(decisions.Count)];
                    if (Erased(decision.CandidateId))
                    {
                        break;
                    }

                    var (sex, race) = (Sexes[random.Next(Sexes.Length)], Races[random.Next(Races.Length)]);
                    var (token, _) = links.Issue(world.Acme, decision.InterviewId);
                    var form = new List<KeyValuePair<string, string>>();
                    if (sex is not null)
                    {
                        form.Add(new("sex", sex));
                    }

                    if (race is not null)
                    {
                        form.Add(new("raceEthnicity", race));
                    }

                    using (var posted = await browser.PostAsync(new Uri($"/c/{token}/demographics", UriKind.Relative), new FormUrlEncodedContent(form)))
                    {
                        Assert.Equal(System.Net.HttpStatusCode.SeeOther, posted.StatusCode);
                    }

                    // An unanswered question on the page is an explicit "decline to answer".
                    answers[decision.CandidateId] = (sex ?? "DECLINE_TO_ANSWER", race ?? "DECLINE_TO_ANSWER");
                    break;
                default:
                    var victim = candidates[random.Next(candidates.Count)];
                    var erased = await admin.PostAsync("mutation($id: ID!) { eraseCandidate(input: { candidateId: $id }) { errors { code } } }",
                        new { id = SeededWorld.Id("Candidate", victim) });
                    if (erased.PayloadErrors("eraseCandidate").Count == 0)
                    {
                        answers[victim] = (null, null);
                        erasedIds.Add(victim);
                    }

                    break;
            }
        }

        using var analyst = world.As(Role.Analyst);
        var engagement = decisions[random.Next(decisions.Count)].EngagementId;
        var interviewer = decisions.GroupBy(d => d.InterviewerId).OrderByDescending(g => g.Count()).First().Key;
        var rubric = decisions[random.Next(decisions.Count)].RubricVersionId;
        var middle = decisions.Select(d => d.SubmittedAt).Order().ElementAt(decisions.Count / 2);
        var (from, to) = (new DateTime(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var scopes = new (Guid? Engagement, Guid? Interviewer, Guid? Rubric, DateTime From, DateTime To)[]
        {
            (null, null, null, from, to), (engagement, null, null, from, to), (null, interviewer, null, from, to), (null, null, rubric, from, to),
            (engagement, null, rubric, from, middle), (null, interviewer, null, middle, to),
        };
        foreach (var scope in scopes)
        {
            var report = await FairnessWorld.ReportAsync(analyst, new
            {
                engagement = scope.Engagement is { } e ? SeededWorld.Id("Engagement", e) : null,
                interviewer = scope.Interviewer is { } i ? SeededWorld.Id("Interviewer", i) : null,
                rubricVersion = scope.Rubric is { } r ? SeededWorld.Id("RubricVersion", r) : null,
                from = scope.From.ToString("O"),
                to = scope.To.ToString("O"),
                minimumCellSize = 0,
            });
            var inScope = decisions.Where(d => (scope.Engagement is null || d.EngagementId == scope.Engagement) && (scope.Interviewer is null || d.InterviewerId == scope.Interviewer)
                && (scope.Rubric is null || d.RubricVersionId == scope.Rubric) && d.SubmittedAt >= scope.From && d.SubmittedAt < scope.To).ToList();
            var decided = inScope.Where(d => d.Recommendation != Domain.Scorecards.Recommendation.NoDecision).ToList();
            Assert.Equal((inScope.Count, inScope.Count - decided.Count, decided.Count, decided.Count(d => d.IsSelected)),
                (report.Number("scorecards"), report.Number("noDecision"), report.Number("assessed"), report.Number("selected")));
            (string? Sex, string? Race) Of(Decision d) => answers.GetValueOrDefault(d.CandidateId);
            Check(report.GetProperty("sex"), decided, d => Known(Of(d).Sex), d => Of(d).Sex == "DECLINE_TO_ANSWER", Sexes);
            Check(report.GetProperty("raceEthnicity"), decided, d => Known(Of(d).Race), d => Of(d).Race == "DECLINE_TO_ANSWER", Races);
            Check(report.GetProperty("intersection"), decided, d => Known(Of(d).Sex) is { } s && Known(Of(d).Race) is { } r ? $"{s}/{r}" : null,
                d => Of(d).Sex == "DECLINE_TO_ANSWER" || Of(d).Race == "DECLINE_TO_ANSWER",
                [.. Sexes.Where(s => Known(s) is not null).SelectMany(s => Races.Where(r => Known(r) is not null).Select(r => $"{s}/{r}"))]);
        }
    }

    private static string? Known(string? value) => value is null or "DECLINE_TO_ANSWER" ? null : value;

    /// <summary>The four-fifths comparison by hand: counts, rates, the first highest rate as reference, ratios and the flag in exact integers.</summary>
    private static void Check(JsonElement table, List<Decision> decided, Func<Decision, string?> category, Func<Decision, bool> declined, IEnumerable<string?> keys)
    {
        var categories = keys.Select(Known).OfType<string>().ToList();
        var counts = categories.ToDictionary(c => c, c => (N: decided.Count(d => category(d) == c), S: decided.Count(d => category(d) == c && d.IsSelected)));
        var known = decided.Where(d => category(d) is not null).ToList();
        Assert.Equal((known.Count, known.Count(d => d.IsSelected)), (table.Number("assessed"), table.Number("selected")));
        Assert.Equal(decided.Count(d => category(d) is null && declined(d)), table.Number("declined"));
        Assert.Equal(decided.Count(d => category(d) is null && !declined(d)), table.Number("notProvided"));
        string? reference = null;
        foreach (var c in categories.Where(c => counts[c].N > 0))
        {
            if (reference is null || (long)counts[c].S * counts[reference].N > (long)counts[reference].S * counts[c].N)
            {
                reference = c;
            }
        }

        var comparable = reference is not null && counts[reference].S > 0;
        Assert.Equal(reference, table.GetProperty("referenceCategory").GetString());
        foreach (var c in categories)
        {
            var cell = FairnessWorld.Category(table, c);
            var (n, s) = counts[c];
            Assert.Equal((n, s), (cell.Number("assessed"), cell.Number("selected")));
            Assert.Equal(n == 0, cell.IsNull("selectionRate"));
            if (n > 0)
            {
                Assert.Equal((double)s / n, cell.GetProperty("selectionRate").GetDouble(), 12);
            }

            if (!comparable || n == 0)
            {
                Assert.True(cell.IsNull("impactRatio"), $"{c}: {cell}");
                continue;
            }

            var (rn, rs) = counts[reference!];
            Assert.Equal((double)s / n / ((double)rs / rn), cell.GetProperty("impactRatio").GetDouble(), 12);
            Assert.Equal(5L * s * rn < 4L * n * rs, cell.GetProperty("adverseImpact").GetBoolean());
        }
    }
}
