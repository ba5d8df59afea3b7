using Panelist.Domain.Candidates;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.GraphQL.Idempotency;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Idempotency;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> over real HTTP on both providers: a retry returns the first answer without a
/// second row, another request under the key is refused, callers do not share keys. This class owns its
/// seeded world; each test requests interviews for candidates of its own.
/// </summary>
public sealed class IdempotencyKeyTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string RequestInterview = """
        mutation($engagementId: ID!, $email: String!) {
          requestInterview(input: { engagementId: $engagementId, candidate: { name: "Retry Candidate", email: $email } }) {
            interview { id status } errors { code }
          }
        }
        """;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_retry_with_the_same_key_returns_the_first_answer_and_adds_no_row(DatabaseProvider provider)
    {
        var (world, engagementId) = await ArrangeAsync(provider);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var email = Email();
        var key = Guid.NewGuid().ToString();

        var first = await recruiter.PostAsync(RequestInterview, new { engagementId, email }, key);
        var retry = await recruiter.PostAsync(RequestInterview, new { email, engagementId }, key);

        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.False(first.Replayed);
        Assert.True(retry.Replayed);
        Assert.Equal(first.Body, retry.Body);
        Assert.Equal(1, await RowsAsync(world, email));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_retry_whose_first_answer_was_lost_replays_the_committed_outcome(DatabaseProvider provider)
    {
        var (world, engagementId) = await ArrangeAsync(provider);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var email = Email();
        var key = Guid.NewGuid().ToString();
        var first = await recruiter.PostAsync(RequestInterview, new { engagementId, email }, key);
        // As if the process died after the commit, before the response was stored.
        await world.ReadAsync(world.Acme, db => db.IdempotencyKeys.Where(r => r.Key == key && r.Path == IdempotencyRecord.ResponsePath).ExecuteDeleteAsync());

        var retry = await recruiter.PostAsync(RequestInterview, new { engagementId, email }, key);

        Assert.False(retry.HasErrors, retry.Body);
        Assert.Equal(InterviewId(first), InterviewId(retry));
        Assert.Equal("REQUESTED", retry.Data.GetProperty("requestInterview").GetProperty("interview").GetProperty("status").GetString());
        Assert.Equal(1, await RowsAsync(world, email));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_same_key_with_another_request_is_refused_with_IDEMPOTENCY_KEY_REUSED(DatabaseProvider provider)
    {
        var (world, engagementId) = await ArrangeAsync(provider);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var key = Guid.NewGuid().ToString();
        await recruiter.PostAsync(RequestInterview, new { engagementId, email = Email() }, key);
        var other = Email();

        var reused = await recruiter.PostAsync(RequestInterview, new { engagementId, email = other }, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
        Assert.Equal(["IDEMPOTENCY_KEY_REUSED"], reused.ErrorCodes);
        Assert.Equal(0, await RowsAsync(world, other));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Two_callers_with_the_same_key_are_independent(DatabaseProvider provider)
    {
        var (world, engagementId) = await ArrangeAsync(provider);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        using var admin = world.As(Role.ClientAdmin, world.Acme);
        var email = Email();
        var key = Guid.NewGuid().ToString();

        var byRecruiter = await recruiter.PostAsync(RequestInterview, new { engagementId, email }, key);
        var byAdmin = await admin.PostAsync(RequestInterview, new { engagementId, email }, key);

        Assert.False(byAdmin.Replayed);
        Assert.NotEqual(InterviewId(byRecruiter), InterviewId(byAdmin));
        Assert.Equal(2, await RowsAsync(world, email));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Without_a_key_every_request_runs(DatabaseProvider provider)
    {
        var (world, engagementId) = await ArrangeAsync(provider);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var email = Email();

        var first = await recruiter.PostAsync(RequestInterview, new { engagementId, email });
        var second = await recruiter.PostAsync(RequestInterview, new { engagementId, email });

        Assert.NotEqual(InterviewId(first), InterviewId(second));
        Assert.Equal(2, await RowsAsync(world, email));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_retry_while_the_first_request_runs_is_refused_with_IDEMPOTENCY_KEY_IN_PROGRESS(DatabaseProvider provider)
    {
        var (world, engagementId) = await ArrangeAsync(provider);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var email = Email();
        var key = Guid.NewGuid().ToString();
        // The first request, still running: it holds the key (on PostgreSQL in another session).
        await using var running = world.Api.Services.CreateAsyncScope();
        var held = running.ServiceProvider.GetRequiredService<IdempotencyKeyLock>();
        var owner = IdempotentRequests.OwnerOf(Actor.User($"test:{Role.Recruiter}:{world.Acme}:", Role.Recruiter), world.Acme);
        Assert.True(await held.TryAcquireAsync(owner, key, default));

        var retry = await recruiter.PostAsync(RequestInterview, new { engagementId, email }, key);
        await held.DisposeAsync();
        var later = await recruiter.PostAsync(RequestInterview, new { engagementId, email }, key);

        Assert.Equal(HttpStatusCode.Conflict, retry.Status);
        Assert.Equal(["IDEMPOTENCY_KEY_IN_PROGRESS"], retry.ErrorCodes);
        Assert.False(later.HasErrors, later.Body);
        Assert.Equal(1, await RowsAsync(world, email));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_key_on_a_query_is_ignored_and_a_malformed_key_is_refused_with_400(DatabaseProvider provider)
    {
        var (world, engagementId) = await ArrangeAsync(provider);
        using var recruiter = world.As(Role.Recruiter, world.Acme);
        var key = Guid.NewGuid().ToString();

        var query = await recruiter.PostAsync("{ viewer { role } }", null, key);
        var again = await recruiter.PostAsync("query { viewer { role } }", null, key);
        var tooLong = await recruiter.PostAsync(RequestInterview, new { engagementId, email = Email() }, new string('k', 256));
        var withSpace = await recruiter.PostAsync(RequestInterview, new { engagementId, email = Email() }, "two words");

        Assert.False(query.HasErrors, query.Body);
        Assert.False(again.HasErrors, again.Body);
        Assert.Equal(0, await world.ReadAsync(world.Acme, db => db.IdempotencyKeys.CountAsync(r => r.Key == key)));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Equal(["IDEMPOTENCY_KEY_INVALID"], tooLong.ErrorCodes);
        Assert.Equal(["IDEMPOTENCY_KEY_INVALID"], withSpace.ErrorCodes);
    }

    private async Task<(SeededWorld World, string EngagementId)> ArrangeAsync(DatabaseProvider provider)
    {
        var world = await worlds.For(provider);
        var engagement = await world.ReadAsync(world.Acme, db => db.Engagements.Where(e => e.Status == EngagementStatus.Active).Select(e => e.Id).FirstAsync());
        return (world, SeededWorld.Id("Engagement", engagement));
    }

    private static string Email() => $"retry-{Guid.NewGuid():N}@candidates.example";

    private static string InterviewId(GraphQLResponse response) =>
        response.Data.GetProperty("requestInterview").GetProperty("interview").GetProperty("id").GetString()!;

    private static Task<int> RowsAsync(SeededWorld world, string email) =>
        world.ReadAsync(world.Acme, db =>
        {
            var lookup = world.Database.Keys.EmailLookup(world.Acme, email);
            return db.Interviews.CountAsync(i => db.Candidates.Any(c => c.Id == i.CandidateId && c.EmailLookup == lookup));
        });
}
