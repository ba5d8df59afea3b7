using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Metrics;
using Panelist.Domain.Persistence;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;
using static Panelist.Domain.Tests.Support.DomainWorld;

namespace Panelist.Domain.Tests.Metrics;

/// <summary>
/// Issue 7: a snapshot always equals a from-scratch recomputation. A seeded random history of domain
/// operations (request, schedule, reschedule, cancel early and late, complete, no-shows, submit and amend
/// scorecards, candidate feedback, budget and service-level edits) runs through the domain services in
/// two organizations; after every step the calculator's snapshot of several scopes must equal
/// <see cref="IndependentMetrics"/> over the same rows loaded into memory.
/// </summary>
public sealed class MetricsRecomputationTests
{
    [Fact]
    public Task Snapshots_equal_a_recomputation_after_every_step_of_300_random_operations_on_SQLite() =>
        RunAsync(DatabaseProvider.Sqlite, steps: 300, seed: 7);

    [PostgresFact]
    public Task Snapshots_equal_a_recomputation_after_every_step_of_300_random_operations_on_PostgreSQL() =>
        RunAsync(DatabaseProvider.Postgres, steps: 300, seed: 11);

    private static async Task RunAsync(DatabaseProvider provider, int steps, int seed)
    {
        await using var world = await CreateAsync(provider);
        var random = new Random(seed);
        var actions = new MetricsActions(world);
        var eurInterviewer = await world.AddInterviewerAsync(new InterviewerSetup { Currency = "EUR", ContractLength = TimeSpan.FromDays(900) });
        var eur = await world.AddEngagementAsync(world.Details(PricingModel.Hourly, budgetCap: 4_000m, weeklyCapacity: 8, currency: "EUR"), interviewerId: eurInterviewer);
        var globex = await world.AddClientAsync("globex", "Globex");
        var engagements = new[] { (Client: world.Client, Interviewer: world.InterviewerId), (Client: eur, Interviewer: eurInterviewer), (Client: globex, Interviewer: world.InterviewerId) };
        var owner = new Dictionary<Guid, (ClientEngagement Client, Guid Interviewer)>();
        var scopes = new (Guid Organization, MetricsScope Scope)[]
        {
            (world.OrganizationId, new MetricsScope()),
            (world.OrganizationId, new MetricsScope(null, Day(0, 0), Day(120, 0))),
            (world.OrganizationId, new MetricsScope(eur.EngagementId, Day(0, 0), Day(120, 0))),
            (world.OrganizationId, new MetricsScope(world.EngagementId, Day(5, 0), Day(25, 0))),
            (globex.OrganizationId, new MetricsScope(null, Day(0, 0), Day(120, 0))),
        };
        var accepted = new List<string>();
        var seen = new HashSet<InterviewStatus>();

        for (var step = 0; step < steps; step++)
        {
            world.Clock.Advance(TimeSpan.FromMinutes(random.Next(0, 8 * 60)));
            var rows = await LoadAsync(world);
            seen.UnionWith(rows.Interviews.Select(i => i.Status));
            if (await PickAsync(random, actions, world, rows, engagements, owner) is { } kind)
            {
                accepted.Add(kind);
            }

            var oracle = await OracleAsync(world);
            foreach (var (organization, scope) in scopes)
            {
                MetricsAssert.Equal(oracle.Compute(organization, scope, world.Now), await actions.MetricsAsync(organization, scope, world.Now),
                    $"step {step}, scope {scope}");
            }
        }

        // The history really moved the numbers: most steps changed something, every kind of operation and every status occurred.
        Assert.True(accepted.Count > steps / 2, $"only {accepted.Count} of {steps} operations were accepted");
        Assert.Superset(OperationKinds.ToHashSet(), accepted.ToHashSet());
        Assert.Superset(Enum.GetValues<InterviewStatus>().ToHashSet(), seen);
    }

    private static readonly string[] OperationKinds =
        ["request", "schedule", "reschedule", "cancel", "no-show candidate", "no-show interviewer", "complete", "submit", "amend", "feedback", "edit"];

    /// <summary>One random operation on a random interview or engagement; its kind when the domain accepted it (refusals are part of the history too).</summary>
    private static async Task<string?> PickAsync(Random random, MetricsActions actions, DomainWorld world, Rows rows,
        (ClientEngagement Client, Guid Interviewer)[] engagements, Dictionary<Guid, (ClientEngagement Client, Guid Interviewer)> owner)
    {
        var now = world.Now;
        var target = engagements[random.Next(engagements.Length)];
        Interview? Any(Func<Interview, bool> where) =>
            rows.Interviews.Where(where).OrderBy(i => i.Id).Skip(random.Next(100)).FirstOrDefault() ?? rows.Interviews.Where(where).OrderBy(i => i.Id).FirstOrDefault();
        DateTime Future() => now.AddMinutes(30 * random.Next(1, 240));
        TimeSpan Length() => TimeSpan.FromMinutes(30 * random.Next(1, 5));
        string? Ok<T>(Panelist.Domain.Common.Result<T> result, string kind) => result.Succeeded ? kind : null;

        switch (random.Next(12))
        {
            case 0 or 1:
                var requested = await actions.RequestAsync(target.Client, now);
                if (requested.Succeeded)
                {
                    owner[requested.Value!.Id] = target;
                }

                return requested.Succeeded ? "request" : null;
            case 2 or 3 when Any(i => i.Status == InterviewStatus.Requested) is { } open:
                return Ok(await actions.ScheduleAsync(owner[open.Id].Client, open.Id, now, Future(), Length()), "schedule");
            case 4 when Any(i => i.Status == InterviewStatus.Scheduled && i.ScheduledStart > now) is { } booked:
                return Ok(await actions.ScheduleAsync(owner[booked.Id].Client, booked.Id, now, Future(), Length()), "reschedule");
            case 5 when Any(i => i.Status is InterviewStatus.Requested or InterviewStatus.Scheduled) is { } cancellable:
                return Ok(await actions.CancelAsync(owner[cancellable.Id].Client, cancellable.Id, now), "cancel");
            case 6 or 7 when Any(i => i.Status == InterviewStatus.Scheduled && i.ScheduledStart <= now) is { } started:
                return random.Next(5) switch
                {
                    0 => Ok(await actions.NoShowAsync(owner[started.Id].Client, started.Id, candidateMissing: true, now), "no-show candidate"),
                    1 => Ok(await actions.NoShowAsync(owner[started.Id].Client, started.Id, candidateMissing: false, now), "no-show interviewer"),
                    _ => Ok(await actions.CompleteAsync(owner[started.Id].Client, started.Id, now), "complete"),
                };
            case 8 when Any(i => i.Status == InterviewStatus.Completed && rows.Scorecards.All(s => s.InterviewId != i.Id)) is { } unscored:
                return Ok(await actions.SubmitAsync(owner[unscored.Id].Client, owner[unscored.Id].Interviewer, unscored.Id, RandomRecommendation(random), now), "submit");
            case 9 when Any(i => rows.Scorecards.Any(s => s.InterviewId == i.Id && s.SubmittedAt != null)) is { } scored:
                return Ok(await actions.AmendAsync(owner[scored.Id].Client, owner[scored.Id].Interviewer, scored.Id, RandomRecommendation(random), now), "amend");
            case 10 when Any(i => i.Status == InterviewStatus.Completed && rows.Feedback.All(f => f.InterviewId != i.Id)) is { } unrated:
                return Ok(await actions.FeedbackAsync(owner[unrated.Id].Client, unrated.Id, random.Next(0, 11), now), "feedback");
            case 11:
                var engagement = rows.Engagements.Single(e => e.Id == target.Client.EngagementId);
                var details = new EngagementDetails(engagement.Title, engagement.Brief, engagement.AtsJobId,
                    engagement.Pricing with { BudgetCap = 150m * random.Next(2, 40) },
                    new ServiceLevel(random.Next(1, 6), random.Next(1, 96)), random.Next(3, 12), engagement.StartsAt, engagement.EndsAt,
                    engagement.RequiredLanguages, [.. engagement.RequiredSkills.Select(s => new RequiredSkill(s.SkillId, s.MinLevel))]);
                return Ok(await actions.EditAsync(target.Client, details, now), "edit");
            default:
                return null;
        }
    }

    private static Recommendation RandomRecommendation(Random random) => Enum.GetValues<Recommendation>()[random.Next(5)];

    private static async Task<IndependentMetrics> OracleAsync(DomainWorld world)
    {
        var rows = await LoadAsync(world);
        return new IndependentMetrics(rows.Engagements, rows.Interviews, rows.Scorecards, rows.Feedback);
    }

    /// <summary>Every client-owned row the metrics read, of every organization, as the platform sees them.</summary>
    private static async Task<Rows> LoadAsync(DomainWorld world)
    {
        await using var scope = world.AsPlatform();
        var db = scope.Db;
        return new Rows(
            await db.Engagements.IgnoreQueryFilters().AsNoTracking().Include(e => e.RequiredSkills).ToListAsync(),
            await db.Interviews.IgnoreQueryFilters().AsNoTracking().ToListAsync(),
            await db.Scorecards.IgnoreQueryFilters().AsNoTracking().ToListAsync(),
            await db.CandidateFeedback.IgnoreQueryFilters().AsNoTracking().ToListAsync());
    }

    private sealed record Rows(List<Engagement> Engagements, List<Interview> Interviews, List<Scorecard> Scorecards, List<CandidateFeedback> Feedback);
}
