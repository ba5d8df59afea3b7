using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Quality.Calibration;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Rubrics;

/// <summary>Ratings are checked against the scale of the version they are given on, not a fixed 1–4.</summary>
public sealed class RubricScaleRulesTests
{
    private static readonly RubricScale PassFail = new(2, [new RubricScaleAnchor("No hire", null), new RubricScaleAnchor("Hire", null)]);

    [Fact]
    public async Task A_rating_above_a_two_level_versions_scale_is_RATING_OUT_OF_RANGE_and_its_top_level_is_accepted()
    {
        await using var world = await DomainWorld.CreateAsync();
        Guid engagementId;
        await using (var keeper = world.AsRubricKeeper())
        {
            var rubrics = keeper.Get<RubricService>();
            string[] two = ["Not shown", "Shown"];
            var draft = ResultAssert.Succeeds(await rubrics.CreateDraftAsync(world.RubricId,
                [new RubricCriterion(DomainWorld.DesignKey, "Design", "", 0.5m, two), new RubricCriterion(DomainWorld.CodingKey, "Coding", "", 0.5m, two)], 1.5m, PassFail));
            ResultAssert.Succeeds(await rubrics.PublishAsync(draft.Id));
            var engagements = keeper.Get<EngagementService>();
            engagementId = ResultAssert.Succeeds(await engagements.CreateAsync(draft.Id, world.Details())).Id;
            ResultAssert.Succeeds(await engagements.OpenAsync(engagementId));
            ResultAssert.Succeeds(await engagements.ActivateAsync(engagementId));
        }

        var client = new ClientEngagement(world.OrganizationId, engagementId, await world.AssignAsync(engagementId, world.InterviewerId));
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1), client);

        var refused = ResultAssert.Refuses(await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(3, 1), client), ErrorCodes.RatingOutOfRange);
        Assert.Equal("ratings.0.rating", refused.Field);
        var card = ResultAssert.Succeeds(await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(2, 1), client));
        Assert.Equal(1.5m, card.WeightedScore);
    }

    [Fact]
    public void Reliability_runs_on_the_versions_number_of_levels_so_ratings_above_four_on_a_ten_level_scale_count()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        List<CalibrationObservation> observations =
        [
            new(a, "i1", 7), new(b, "i1", 8), new(a, "i2", 2), new(b, "i2", 3), new(a, "i3", 9), new(b, "i3", 9), new(a, "i4", 4), new(b, "i4", 1),
        ];

        var report = ReliabilityCalculator.Compute(observations, 10);

        var kappa = report.Pairs.Single().Kappa;
        Assert.Equal((10, 4), (kappa.Categories, kappa.Items));
        Assert.NotNull(kappa.Value);
        Assert.Equal(10, report.Fleiss!.Categories);
        Assert.ThrowsAny<ArgumentException>(() => ReliabilityCalculator.Compute(observations, 4));
    }
}
