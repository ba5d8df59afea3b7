using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Skills;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Skills;

public sealed class SkillRulesTests
{
    [Fact]
    public async Task Create_stores_the_slug_in_lower_case()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        var skill = ResultAssert.Succeeds(await scope.Get<SkillService>().CreateAsync("Event-Sourcing", "Event sourcing", "Architecture"));

        Assert.Equal("event-sourcing", skill.Slug);
    }

    [Theory]
    [InlineData("kotlin")]
    [InlineData("Kotlin")]
    [InlineData("  KOTLIN ")]
    public async Task Create_returns_SKILL_SLUG_TAKEN_when_the_slug_exists(string slug)
    {
        await using var world = await DomainWorld.CreateAsync();
        await using (var scope = world.AsPlatform())
        {
            var error = ResultAssert.Refuses(await scope.Get<SkillService>().CreateAsync(slug, "Kotlin again", "Languages"), ErrorCodes.SkillSlugTaken);
            Assert.Equal("slug", error.Field);
        }

        await using var check = world.AsPlatform();
        Assert.Equal(1, await check.Db.Skills.CountAsync(s => s.Slug == "kotlin"));
    }

    [Theory]
    [InlineData("two--hyphens")]
    [InlineData("-leading")]
    [InlineData("with space")]
    [InlineData("c#")]
    public async Task Create_returns_VALIDATION_FAILED_for_a_malformed_slug(string slug)
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        var error = ResultAssert.Refuses(await scope.Get<SkillService>().CreateAsync(slug, "Odd", "Misc"), ErrorCodes.ValidationFailed);

        Assert.Equal("slug", error.Field);
    }

    [Fact]
    public async Task Create_returns_FORBIDDEN_for_a_recruiter()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRecruiter();

        ResultAssert.Refuses(await scope.Get<SkillService>().CreateAsync("rust", "Rust", "Languages"), ErrorCodes.Forbidden);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task SetSkill_accepts_levels_from_1_to_5(int level)
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        var interviewer = ResultAssert.Succeeds(
            await scope.Get<InterviewerService>().SetSkillAsync(world.InterviewerId, world.SecondarySkillId, level, 3));

        Assert.Equal(level, Assert.Single(interviewer.Skills, s => s.SkillId == world.SecondarySkillId).Level);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task SetSkill_returns_SKILL_LEVEL_OUT_OF_RANGE_outside_1_to_5(int level)
    {
        await using var world = await DomainWorld.CreateAsync();
        await using (var scope = world.AsPlatform())
        {
            var error = ResultAssert.Refuses(
                await scope.Get<InterviewerService>().SetSkillAsync(world.InterviewerId, world.SecondarySkillId, level, 3), ErrorCodes.SkillLevelOutOfRange);
            Assert.Equal("level", error.Field);
        }

        await using var check = world.AsPlatform();
        var stored = await check.Db.Interviewers.Include(i => i.Skills).SingleAsync(i => i.Id == world.InterviewerId);
        Assert.DoesNotContain(stored.Skills, s => s.SkillId == world.SecondarySkillId);
    }

    [Fact]
    public async Task SetSkill_returns_NOT_FOUND_for_an_unknown_skill()
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsPlatform();

        ResultAssert.Refuses(
            await scope.Get<InterviewerService>().SetSkillAsync(world.InterviewerId, Guid.NewGuid(), 3, 3), ErrorCodes.NotFound);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task CreateEngagement_returns_SKILL_LEVEL_OUT_OF_RANGE_for_a_required_level_outside_1_to_5(int minLevel)
    {
        await using var world = await DomainWorld.CreateAsync();
        await using var scope = world.AsRecruiter();
        var details = world.Details() with { RequiredSkills = [new RequiredSkill(world.SecondarySkillId, minLevel)] };

        ResultAssert.Refuses(await scope.Get<EngagementService>().CreateAsync(world.RubricVersionId, details), ErrorCodes.SkillLevelOutOfRange);
    }
}
