using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Scorecards;

public sealed class ScorecardRulesTests
{
    private static readonly string[] CommunicationAnchors = ["Unclear", "Patchy", "Clear", "Compelling"];
    private static readonly string[] WorldCriterionKeys = [DomainWorld.DesignKey, DomainWorld.CodingKey];

    [Theory]
    [InlineData(3, 2, 2.6, true)]
    [InlineData(2, 3, 2.4, false)]
    [InlineData(4, 4, 4.0, true)]
    [InlineData(1, 1, 1.0, false)]
    public async Task Submit_computes_the_weighted_score_and_passes_at_the_threshold(int design, int coding, double score, bool passed)
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));

        var scorecard = ResultAssert.Succeeds(await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(design, coding)));

        Assert.Equal((decimal)score, scorecard.WeightedScore);
        Assert.Equal(passed, scorecard.Passed);
        Assert.Equal(ScorecardStatus.Submitted, scorecard.Status);
        Assert.Equal(1, scorecard.Revision);
        Assert.Equal(world.Now, scorecard.SubmittedAt);
        Assert.Equal(world.InterviewerId, scorecard.InterviewerId);
        Assert.Equal(world.OrganizationId, scorecard.OrganizationId);
    }

    [Fact]
    public async Task Submit_names_the_version_the_engagement_pinned_even_after_a_newer_one_is_published()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));
        await using (var platform = world.AsRubricKeeper())
        {
            var rubrics = platform.Get<RubricService>();
            List<RubricCriterion> criteria = [new("communication", "Communication", "", 1m, CommunicationAnchors)];
            var versionTwo = ResultAssert.Succeeds(await rubrics.CreateDraftAsync(world.RubricId, criteria, 3m));
            ResultAssert.Succeeds(await rubrics.PublishAsync(versionTwo.Id));
        }

        var scorecard = ResultAssert.Succeeds(await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(3, 3)));

        Assert.Equal(world.RubricVersionId, scorecard.RubricVersionId);
        Assert.Equal(3m, scorecard.WeightedScore);
        Assert.Equal(WorldCriterionKeys, scorecard.Ratings.Select(r => r.CriterionKey));
    }

    [Fact]
    public async Task Submit_returns_RUBRIC_CRITERION_MISSING_when_a_criterion_is_unrated()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));
        var content = new ScorecardContent([new CriterionRating(DomainWorld.DesignKey, 3, "Good")], Recommendation.Yes, null);

        var error = ResultAssert.Refuses(await world.SubmitScorecardAsync(interviewId, content), ErrorCodes.RubricCriterionMissing);

        Assert.Contains(DomainWorld.CodingKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_returns_RUBRIC_CRITERION_UNKNOWN_when_a_rating_names_no_criterion_of_the_version()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));
        var content = new ScorecardContent(
            [
                new CriterionRating(DomainWorld.DesignKey, 3, null),
                new CriterionRating(DomainWorld.CodingKey, 3, null),
                new CriterionRating("charisma", 4, null),
            ],
            Recommendation.Yes,
            null);

        ResultAssert.Refuses(await world.SubmitScorecardAsync(interviewId, content), ErrorCodes.RubricCriterionUnknown);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public async Task Submit_returns_RATING_OUT_OF_RANGE_outside_1_to_4(int rating)
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));

        var error = ResultAssert.Refuses(await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(3, rating)), ErrorCodes.RatingOutOfRange);

        Assert.Equal("ratings.1.rating", error.Field); // the second rating, by index
    }

    [Fact]
    public async Task Submit_returns_NOT_ASSIGNED_INTERVIEWER_when_client_staff_submit()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));
        await using var scope = world.AsClientAdmin();

        ResultAssert.Refuses(
            await scope.Get<ScorecardService>().SubmitAsync(interviewId, DomainWorld.Ratings(3, 3)), ErrorCodes.NotAssignedInterviewer);
    }

    /// <summary>
    /// Another interviewer's view holds only their own interviews, so to them this interview does not
    /// exist: the refusal is NOT_FOUND rather than NOT_ASSIGNED_INTERVIEWER, and reveals nothing about it.
    /// </summary>
    [Fact]
    public async Task Submit_by_another_interviewer_is_refused_as_NOT_FOUND()
    {
        await using var world = await DomainWorld.CreateAsync();
        var otherInterviewer = await world.AddInterviewerAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));
        await using (var scope = world.AsInterviewer(otherInterviewer))
        {
            ResultAssert.Refuses(await scope.Get<ScorecardService>().SubmitAsync(interviewId, DomainWorld.Ratings(3, 3)), ErrorCodes.NotFound);
        }

        await using var check = world.AsRecruiter();
        Assert.False(await check.Db.Scorecards.AnyAsync(s => s.InterviewId == interviewId));
    }

    [Fact]
    public async Task Submit_returns_INTERVIEW_NOT_COMPLETED_for_a_scheduled_interview()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.ScheduleInterviewAsync(DomainWorld.Day(1));
        world.Clock.SetUtcNow(DomainWorld.Day(1, 11));

        ResultAssert.Refuses(await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(3, 3)), ErrorCodes.InterviewNotCompleted);
    }

    [Fact]
    public async Task Submit_returns_SCORECARD_ALREADY_SUBMITTED_for_a_second_submission()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));
        ResultAssert.Succeeds(await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(3, 3)));

        ResultAssert.Refuses(await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(4, 4)), ErrorCodes.ScorecardAlreadySubmitted);
    }

    [Fact]
    public async Task Amend_replaces_the_ratings_and_keeps_the_previous_revision()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));
        var submittedAt = world.Now;
        ResultAssert.Succeeds(await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(2, 3, Recommendation.No)));
        world.Clock.Advance(TimeSpan.FromHours(2));

        await using (var scope = world.AsInterviewer())
        {
            var amended = ResultAssert.Succeeds(await scope.Get<ScorecardService>().AmendAsync(
                interviewId, DomainWorld.Ratings(4, 3, Recommendation.StrongYes), "Added the system design follow-up"));
            Assert.Equal(2, amended.Revision);
            Assert.Equal(ScorecardStatus.Amended, amended.Status);
        }

        await using var check = world.AsRecruiter();
        var stored = await check.Db.Scorecards.Include(s => s.Revisions).SingleAsync(s => s.InterviewId == interviewId);
        Assert.Equal(3.6m, stored.WeightedScore);
        Assert.True(stored.Passed);
        Assert.Equal(Recommendation.StrongYes, stored.Recommendation);
        Assert.Equal(submittedAt, stored.SubmittedAt);
        Assert.Equal(world.Now, stored.AmendedAt);
        var previous = Assert.Single(stored.Revisions);
        Assert.Equal(1, previous.Revision);
        Assert.Equal(2.4m, previous.WeightedScore);
        Assert.Equal(Recommendation.No, previous.Recommendation);
        Assert.Equal(submittedAt, previous.SubmittedAt);
        Assert.Equal(world.Now, previous.RecordedAt);
        Assert.Equal("Added the system design follow-up", previous.AmendmentReason);
        Assert.Collection(
            previous.Ratings,
            r => Assert.Equal((DomainWorld.DesignKey, 2), (r.CriterionKey, r.Rating)),
            r => Assert.Equal((DomainWorld.CodingKey, 3), (r.CriterionKey, r.Rating)));
    }

    [Fact]
    public async Task Amend_returns_SCORECARD_NOT_SUBMITTED_for_a_draft()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.ScheduleInterviewAsync(DomainWorld.Day(1));
        await using var scope = world.AsInterviewer();
        var scorecards = scope.Get<ScorecardService>();
        ResultAssert.Succeeds(await scorecards.SaveDraftAsync(interviewId, DomainWorld.Ratings(3, 3)));

        ResultAssert.Refuses(await scorecards.AmendAsync(interviewId, DomainWorld.Ratings(4, 4), "Changed my mind"), ErrorCodes.ScorecardNotSubmitted);
    }
}
