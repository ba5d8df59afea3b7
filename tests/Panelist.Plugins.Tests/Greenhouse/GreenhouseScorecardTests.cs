using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Sdk.Events;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Greenhouse;

/// <summary>Scorecards reach Greenhouse as candidate notes (it has no scorecard write API), through the built plugin on the real host.</summary>
public sealed class GreenhouseScorecardTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_submitted_and_an_amended_scorecard_become_two_candidate_notes_with_ratings_evidence_and_recommendation(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse, (settings, _) => settings["noteVisibility"] = "admin_only");
        var interviewId = Guid.CreateVersion7();
        var submitted = Submitted(world, interviewId);
        var amended = new ScorecardAmended
        {
            EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, OrganizationId = world.OrganizationId, Ats = GreenhouseWorld.Ats,
            InterviewId = interviewId, EngagementId = Guid.Empty, InterviewerName = "Ada Lovelace", EngagementTitle = "Backend engineer", RubricName = "Backend rubric",
            ScorecardId = submitted.ScorecardId, Revision = 2, Ratings = submitted.Ratings,
            Recommendation = Recommendation.StrongYes, Summary = "On reflection, a clear hire.", AmendmentReason = "Misread the coding rubric",
        };

        await world.RaiseAsync(submitted, amended);
        await world.DrainAsync();

        var notes = greenhouse.Notes.ToList();
        Assert.Equal(2, notes.Count);
        var posts = greenhouse.Calls("POST", $"/v1/candidates/{FakeGreenhouse.Candidate}/activity_feed/notes").Select(r => r.Json).ToList();
        Assert.All(posts, p => Assert.Equal((FakeGreenhouse.ActingUser, "admin_only"), ((long)p["user_id"]!, (string?)p["visibility"])));
        Assert.Equal(
            $"""
            Panelist scorecard: Backend engineer, Backend rubric
            Interviewer: Ada Lovelace
            Recommendation: Yes
            Weighted score: 3.25 / 4 (passes the rubric's mark)

            Ratings (1 weakest, 4 strongest):
            - System design: 3/4. Evidence: Sharded the queue by tenant; missed back-pressure.
            - Coding: 4/4

            Summary: Solid backend engineer.

            [panelist:{submitted.EventId:N}]
            """.ReplaceLineEndings("\n"), (string?)posts[0]["body"]);
        var second = (string)posts[1]["body"]!;
        Assert.StartsWith("Panelist scorecard, amended (revision 2): Backend engineer, Backend rubric\nAmended because: Misread the coding rubric\n", second, StringComparison.Ordinal);
        Assert.Contains("Recommendation: Strong yes\n", second, StringComparison.Ordinal);
        var deliveries = await world.Deliveries.DeliveriesAsync();
        Assert.Equal(notes.Select(n => n["id"]!.ToJsonString()), deliveries.Select(d => d.ExternalId));
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_note_whose_answer_was_lost_is_found_by_its_marker_on_the_retry_and_not_posted_twice(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse { SlowNextCreate = true, SlowAnswer = DispatcherHost.LoadedSlowAnswer };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, requestTimeout: DispatcherHost.LoadedRequestTimeout);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse);

        await world.RaiseAsync(Submitted(world, Guid.CreateVersion7()));
        await world.DrainAsync();

        var note = Assert.Single(greenhouse.Notes);
        Assert.Single(greenhouse.Calls("GET", $"/v1/candidates/{FakeGreenhouse.Candidate}/activity_feed"));
        var delivery = Assert.Single(await world.Deliveries.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.Delivered, 2, note["id"]!.ToJsonString()), (delivery.Status, delivery.Attempts, delivery.ExternalId));
    }

    internal static ScorecardSubmitted Submitted(GreenhouseWorld world, Guid interviewId) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, OrganizationId = world.OrganizationId, Ats = GreenhouseWorld.Ats,
        InterviewId = interviewId, EngagementId = Guid.Empty, InterviewerName = "Ada Lovelace", EngagementTitle = "Backend engineer", RubricName = "Backend rubric",
        ScorecardId = Guid.CreateVersion7(), Revision = 1, Recommendation = Recommendation.Yes, Summary = "Solid backend engineer.", WeightedScore = 3.25m, Passed = true,
        Ratings =
        [
            new ScorecardRating { CriterionKey = "system-design", CriterionTitle = "System design", Rating = 3, Evidence = "Sharded the queue by tenant; missed back-pressure." },
            new ScorecardRating { CriterionKey = "coding", CriterionTitle = "Coding", Rating = 4 },
        ],
    };
}
