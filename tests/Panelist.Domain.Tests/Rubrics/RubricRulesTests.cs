using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Rubrics;

public sealed class RubricRulesTests
{
    private static readonly string[] ThreeAnchors = ["Weak", "Fair", "Strong"];

    [Fact]
    public async Task Publish_publishes_a_draft_whose_weights_sum_to_1()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRubricKeeper();
        var rubrics = scope.Get<RubricService>();
        var rubric = ResultAssert.Succeeds(await rubrics.CreateAsync("Frontend engineer", "engineering", null, DomainWorld.Criteria(0.7m, 0.3m), 3m));

        var published = ResultAssert.Succeeds(await rubrics.PublishAsync(rubric.Versions[0].Id));

        Assert.Equal(RubricVersionStatus.Published, published.Status);
        Assert.Equal(1, published.Number);
        Assert.Equal(world.Now, published.PublishedAt);
    }

    [Theory]
    [InlineData(0.5, 0.4)]
    [InlineData(0.6, 0.6)]
    [InlineData(0.6001, 0.4)]
    public async Task Publish_returns_RUBRIC_WEIGHTS_INVALID_when_weights_do_not_sum_to_1(double design, double coding)
    {
        await using var world = await DomainWorld.CreateAsync();
        Guid versionId;
        await using (var scope = world.AsRubricKeeper())
        {
            var rubrics = scope.Get<RubricService>();
            var rubric = ResultAssert.Succeeds(await rubrics.CreateAsync(
                "Frontend engineer", "engineering", null, DomainWorld.Criteria((decimal)design, (decimal)coding), 3m));
            versionId = rubric.Versions[0].Id;

            var error = ResultAssert.Refuses(await rubrics.PublishAsync(versionId), ErrorCodes.RubricWeightsInvalid);
            Assert.Equal("criteria", error.Field);
        }

        await using var check = world.AsRubricKeeper();
        var stored = await check.Db.RubricVersions.SingleAsync(v => v.Id == versionId);
        Assert.Equal(RubricVersionStatus.Draft, stored.Status);
        Assert.Null(stored.PublishedAt);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public async Task Create_returns_RUBRIC_WEIGHTS_INVALID_for_a_weight_outside_0_to_1(double weight)
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRubricKeeper();

        ResultAssert.Refuses(
            await scope.Get<RubricService>().CreateAsync("Odd", "engineering", null, DomainWorld.Criteria((decimal)weight, 0.4m), 2m),
            ErrorCodes.RubricWeightsInvalid);
    }

    [Fact]
    public async Task Create_returns_RUBRIC_CRITERIA_INVALID_when_a_criterion_lacks_an_anchor_per_level()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRubricKeeper();
        List<RubricCriterion> criteria = [new("design", "System design", "", 1m, ThreeAnchors)];

        var error = ResultAssert.Refuses(
            await scope.Get<RubricService>().CreateAsync("Odd", "engineering", null, criteria, 2m), ErrorCodes.RubricCriteriaInvalid);

        Assert.Equal("criteria.0.anchors", error.Field);
    }

    [Fact]
    public async Task EditDraft_returns_RUBRIC_VERSION_PUBLISHED_for_a_published_version()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using (var scope = world.AsRubricKeeper())
        {
            ResultAssert.Refuses(
                await scope.Get<RubricService>().EditDraftAsync(world.RubricVersionId, DomainWorld.Criteria(0.5m, 0.5m), 3m),
                ErrorCodes.RubricVersionPublished);
        }

        await using var check = world.AsRubricKeeper();
        var stored = await check.Db.RubricVersions.SingleAsync(v => v.Id == world.RubricVersionId);
        Assert.Equal(DomainWorld.PassThreshold, stored.PassThreshold);
        Assert.Equal(0.6m, Assert.Single(stored.Criteria, c => c.Key == DomainWorld.DesignKey).Weight);
    }

    [Fact]
    public async Task Publish_returns_RUBRIC_VERSION_PUBLISHED_for_a_published_version()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRubricKeeper();

        ResultAssert.Refuses(await scope.Get<RubricService>().PublishAsync(world.RubricVersionId), ErrorCodes.RubricVersionPublished);
    }

    [Fact]
    public async Task CreateDraft_starts_the_next_version_from_the_published_one_and_leaves_it_unchanged()
    {
        await using var world = await DomainWorld.CreateAsync();
        Guid draftId;
        await using (var scope = world.AsRubricKeeper())
        {
            var rubrics = scope.Get<RubricService>();
            var draft = ResultAssert.Succeeds(await rubrics.CreateDraftAsync(world.RubricId, null, null));
            draftId = draft.Id;
            Assert.Equal(2, draft.Number);
            Assert.Equal(RubricVersionStatus.Draft, draft.Status);
            Assert.Equal(DomainWorld.PassThreshold, draft.PassThreshold);

            var edited = ResultAssert.Succeeds(await rubrics.EditDraftAsync(draftId, DomainWorld.Criteria(0.5m, 0.5m), 3m));
            Assert.Equal(3m, edited.PassThreshold);
        }

        await using var check = world.AsRubricKeeper();
        var versions = await check.Db.RubricVersions.Where(v => v.RubricId == world.RubricId).OrderBy(v => v.Number).ToListAsync();
        Assert.Collection(
            versions,
            v =>
            {
                Assert.Equal(world.RubricVersionId, v.Id);
                Assert.Equal(RubricVersionStatus.Published, v.Status);
                Assert.Equal(0.6m, v.Criteria[0].Weight);
                Assert.Equal(DomainWorld.PassThreshold, v.PassThreshold);
            },
            v =>
            {
                Assert.Equal(draftId, v.Id);
                Assert.Equal(RubricVersionStatus.Draft, v.Status);
                Assert.Equal(0.5m, v.Criteria[0].Weight);
                Assert.Equal(3m, v.PassThreshold);
            });
    }

    [Fact]
    public async Task CreateDraft_returns_INVALID_TRANSITION_while_a_draft_exists()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRubricKeeper();
        var rubrics = scope.Get<RubricService>();
        ResultAssert.Succeeds(await rubrics.CreateDraftAsync(world.RubricId, null, null));

        ResultAssert.Refuses(await rubrics.CreateDraftAsync(world.RubricId, null, null), ErrorCodes.InvalidTransition);
    }
}
