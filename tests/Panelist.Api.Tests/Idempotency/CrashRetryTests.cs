using Panelist.Domain.Candidates;
using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Engagements;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;
using Xunit.Abstractions;

namespace Panelist.Api.Tests.Idempotency;

/// <summary>
/// The issue's scenario: a burst of <c>requestInterview</c> calls, each with its own key, against the API
/// as a process of its own on PostgreSQL; the process is SIGKILLed part-way, started again, and every
/// request that got no answer is retried with its key. Some of those had committed: without the key
/// their retry would make a duplicate. Rows must equal requests. The class owns its database.
/// </summary>
public sealed class CrashRetryTests(ITestOutputHelper output)
{
    private const int Requests = 200;
    private const int Parallelism = 8;
    private const int KillAfterAcknowledged = 60;

    private const string RequestInterview = """
        mutation($engagementId: ID!, $name: String!, $email: String!) {
          requestInterview(input: { engagementId: $engagementId, candidate: { name: $name, email: $email } }) {
            interview { id } errors { code }
          }
        }
        """;

    [PostgresFact]
    public async Task Retrying_every_unanswered_request_after_a_SIGKILL_makes_rows_equal_requests()
    {
        var clock = Stopwatch.StartNew();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await new DemoDataGenerator(database.Options, database.Keys, SeededWorld.Small, NullLogger.Instance).GenerateAsync(default);
        var (acme, engagementId) = await ActiveEngagementAsync(database);
        var domain = $"burst-{Guid.NewGuid():N}.example";
        object Variables(int i) => new { engagementId, name = $"Burst Candidate {i}", email = $"candidate-{i}@{domain}" };
        string Key(int i) => $"{domain}-{i}";

        var acknowledged = new ConcurrentDictionary<int, string>();
        await using (var api = await ApiProcess.StartAsync(database))
        {
            using var recruiter = await api.ClientAsync("RECRUITER", "acme");
            var burst = Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, ct) =>
            {
                try
                {
                    var response = await recruiter.PostAsync(RequestInterview, Variables(i), Key(i), ct);
                    if (!response.HasErrors && InterviewId(response) is { } id)
                    {
                        acknowledged[i] = id;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // No answer: the process is gone.
                }
            });
            while (!burst.IsCompleted && acknowledged.Count < KillAfterAcknowledged)
            {
                await Task.Delay(5);
            }

            // Kill when a commit exists whose answer has not left the server: the moment a client would
            // retry into a duplicate. Freeze the process, let answers already sent arrive, compare, go on.
            for (var probe = 0; probe < 100 && !burst.IsCompleted; probe++)
            {
                await api.PauseAsync();
                await Task.Delay(30);
                if (await RowsAsync(database, acme, domain) > acknowledged.Count)
                {
                    break;
                }

                await api.ResumeAsync();
                await Task.Delay(Random.Shared.Next(0, 5));
            }

            await api.KillAsync();
            await burst;
        }

        var committedBeforeRestart = await InterviewIdsAsync(database, acme, domain);
        var unanswered = Enumerable.Range(0, Requests).Where(i => !acknowledged.ContainsKey(i)).ToList();
        var retried = new ConcurrentDictionary<int, string>();
        var refusedRetries = new ConcurrentBag<string>();
        await using (var api = await ApiProcess.StartAsync(database))
        {
            using var recruiter = await api.ClientAsync("RECRUITER", "acme");
            await Parallel.ForEachAsync(unanswered, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, ct) =>
            {
                var response = await recruiter.PostAsync(RequestInterview, Variables(i), Key(i), ct);
                if (!response.HasErrors && InterviewId(response) is { } id)
                {
                    retried[i] = id;
                }
                else
                {
                    refusedRetries.Add(response.Body);
                }
            });
        }

        var final = await InterviewIdsAsync(database, acme, domain);
        var replayed = retried.Values.Count(committedBeforeRestart.Contains);
        output.WriteLine($"requests {Requests}, acknowledged before the kill {acknowledged.Count}, rows after the kill {committedBeforeRestart.Count}, " +
            $"retried {unanswered.Count} (of which {replayed} had committed and were replayed), final rows {final.Count}, {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.NotEmpty(unanswered);
        Assert.True(committedBeforeRestart.Count > acknowledged.Count, "The kill should land after a commit whose answer was not sent.");
        Assert.Empty(refusedRetries);
        Assert.Equal(Requests, final.Count);
        Assert.All(retried.Values, id => Assert.Contains(id, final));
        Assert.Equal(Requests, acknowledged.Values.Concat(retried.Values).Distinct().Count());
        Assert.Equal(committedBeforeRestart.Count - acknowledged.Count, replayed);
    }

    private static async Task<(Guid Organization, string EngagementId)> ActiveEngagementAsync(TestDatabase database)
    {
        await using var platform = database.AsSystem(Organization.PlatformId);
        var acme = await platform.Db.Organizations.Where(o => o.Slug == "acme").Select(o => o.Id).SingleAsync();
        await using var scope = database.AsSystem(acme);
        var engagement = await scope.Db.Engagements.Where(e => e.Status == EngagementStatus.Active).Select(e => e.Id).FirstAsync();
        return (acme, SeededWorld.Id("Engagement", engagement));
    }

    private static async Task<int> RowsAsync(TestDatabase database, Guid organization, string domain)
    {
        await using var scope = database.AsSystem(organization);
        return (await InterviewIdsAsync(database, organization, domain)).Count;
    }

    private static async Task<HashSet<string>> InterviewIdsAsync(TestDatabase database, Guid organization, string domain)
    {
        await using var scope = database.AsSystem(organization);
        // Addresses are encrypted: find the domain's candidates by decrypting, as an export would.
        var candidates = await scope.Db.Candidates.AsNoTracking().ToListAsync();
        var revealed = await new CandidateVault(scope.Db, database.Keys, TimeProvider.System).RevealAsync(candidates, default);
        var mine = revealed.Where(r => r.Value.Email.EndsWith("@" + domain, StringComparison.Ordinal)).Select(r => (Guid?)r.Key).ToList();
        var ids = await scope.Db.Interviews.Where(i => mine.Contains(i.CandidateId)).Select(i => i.Id).ToListAsync();
        return [.. ids.Select(id => SeededWorld.Id("Interview", id))];
    }

    private static string? InterviewId(GraphQLResponse response) =>
        response.Data.GetProperty("requestInterview").GetProperty("interview") is { ValueKind: System.Text.Json.JsonValueKind.Object } interview
            ? interview.GetProperty("id").GetString()
            : null;
}
