using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Tests.Support;

namespace Panelist.Domain.Tests.Scorecards;

public sealed class CandidateFeedbackRulesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(10)]
    public async Task Record_stores_the_candidate_s_score_for_a_completed_interview(int score)
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));
        await using var scope = world.AsRecruiter();

        var feedback = ResultAssert.Succeeds(await scope.Get<CandidateFeedbackService>().RecordAsync(interviewId, score, "  Well organised.  "));

        Assert.Equal(score, feedback.Score);
        Assert.Equal("Well organised.", feedback.Comment);
        Assert.Equal(interviewId, feedback.InterviewId);
        Assert.Equal(world.OrganizationId, feedback.OrganizationId);
    }

    [Fact]
    public async Task Record_returns_FEEDBACK_ALREADY_RECORDED_for_a_second_feedback_on_the_interview()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));
        await using (var scope = world.AsRecruiter())
        {
            var feedback = scope.Get<CandidateFeedbackService>();
            ResultAssert.Succeeds(await feedback.RecordAsync(interviewId, 8, null));

            ResultAssert.Refuses(await feedback.RecordAsync(interviewId, 3, "Changed my mind"), ErrorCodes.FeedbackAlreadyRecorded);
        }

        await using var check = world.AsRecruiter();
        var stored = Assert.Single(await check.Db.CandidateFeedback.Where(f => f.InterviewId == interviewId).ToListAsync());
        Assert.Equal(8, stored.Score);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public async Task Record_returns_FEEDBACK_SCORE_OUT_OF_RANGE_outside_0_to_10(int score)
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(1));
        await using var scope = world.AsRecruiter();

        var error = ResultAssert.Refuses(
            await scope.Get<CandidateFeedbackService>().RecordAsync(interviewId, score, null), ErrorCodes.FeedbackScoreOutOfRange);

        Assert.Equal("score", error.Field);
    }

    [Fact]
    public async Task Record_returns_INTERVIEW_NOT_COMPLETED_for_a_scheduled_interview()
    {
        await using var world = await DomainWorld.CreateAsync();
        var interviewId = await world.ScheduleInterviewAsync(DomainWorld.Day(1));
        await using var scope = world.AsRecruiter();

        ResultAssert.Refuses(await scope.Get<CandidateFeedbackService>().RecordAsync(interviewId, 9, null), ErrorCodes.InterviewNotCompleted);
    }
}
