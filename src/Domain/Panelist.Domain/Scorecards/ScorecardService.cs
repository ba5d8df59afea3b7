using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Interviews;
using Panelist.Domain.Rubrics;

namespace Panelist.Domain.Scorecards;

/// <summary>Scorecards are written by the interviewer who held the interview, against the engagement's pinned rubric version.</summary>
public sealed class ScorecardService(DomainScope scope) : DomainService(scope)
{
    public Task<Result<Scorecard>> SaveDraftAsync(Guid interviewId, ScorecardContent content, CancellationToken ct = default) => Run(async () =>
    {
        var (interview, rubric, scorecard) = await Prepare(interviewId, ct);
        scorecard.SaveDraft(content, rubric);
        Audit.Record("scorecard.draft_saved", nameof(Scorecard), scorecard.Id, new { interviewId = GlobalIds.Of<Interview>(interviewId) }, interview.OrganizationId);
        return scorecard;
    }, ct);

    public Task<Result<Scorecard>> SubmitAsync(Guid interviewId, ScorecardContent content, CancellationToken ct = default) => Run(async () =>
    {
        var (interview, rubric, scorecard) = await Prepare(interviewId, ct);
        EnsureCompleted(interview);
        scorecard.Submit(content, rubric, Now);
        Audit.Record("scorecard.submitted", nameof(Scorecard), scorecard.Id,
            new { interviewId = GlobalIds.Of<Interview>(interviewId), rubricVersion = rubric.Number, scorecard.Recommendation, scorecard.WeightedScore }, interview.OrganizationId);
        await RaiseAsync(scorecard, interview, rubric, ct);
        return scorecard;
    }, ct);

    public Task<Result<Scorecard>> AmendAsync(Guid interviewId, ScorecardContent content, string reason, CancellationToken ct = default) => Run(async () =>
    {
        var (interview, rubric, scorecard) = await Prepare(interviewId, ct);
        var previous = scorecard.Amend(content, rubric, reason, Now);
        Audit.Record("scorecard.amended", nameof(Scorecard), scorecard.Id,
            new { interviewId = GlobalIds.Of<Interview>(interviewId), fromRevision = previous.Revision, toRevision = scorecard.Revision, scorecard.Recommendation, reason }, interview.OrganizationId);
        await RaiseAsync(scorecard, interview, rubric, ct, reason);
        return scorecard;
    }, ct);

    private async Task<(Interview Interview, RubricVersion Rubric, Scorecard Scorecard)> Prepare(Guid interviewId, CancellationToken ct)
    {
        var interview = Found(await Interviews.FirstOrDefaultAsync(i => i.Id == interviewId, ct), "interview", "interviewId");
        if (Actor.InterviewerId is null || Actor.InterviewerId != interview.InterviewerId)
        {
            throw new DomainRuleException(ErrorCodes.NotAssignedInterviewer, "Only the interviewer who held the interview writes its scorecard.", "interviewId");
        }

        var rubricVersionId = await Db.Engagements.IgnoreQueryFilters()
            .Where(e => e.Id == interview.EngagementId).Select(e => e.RubricVersionId).SingleAsync(ct);
        // The engagement is the caller's (the interview is visible to them), so is the version it pins.
        var rubric = await Db.RubricVersions.IgnoreQueryFilters().SingleAsync(v => v.Id == rubricVersionId, ct);
        var scorecard = await Scorecards.Include(s => s.Revisions).FirstOrDefaultAsync(s => s.InterviewId == interviewId, ct);
        if (scorecard is null)
        {
            scorecard = new Scorecard(interview.OrganizationId, interview.Id, interview.InterviewerId!.Value, rubric.Id);
            Db.Scorecards.Add(scorecard);
        }

        return (interview, rubric, scorecard);
    }

    /// <summary>scorecard.submitted, or with <paramref name="amendmentReason"/> scorecard.amended.</summary>
    private async Task RaiseAsync(Scorecard scorecard, Interview interview, RubricVersion rubric, CancellationToken ct, string? amendmentReason = null)
    {
        var engagement = await Db.Engagements.IgnoreQueryFilters().SingleAsync(e => e.Id == interview.EngagementId, ct);
        var rubricName = await Db.Rubrics.IgnoreQueryFilters().Where(r => r.Id == rubric.RubricId).Select(r => r.Name).SingleAsync(ct);
        var interviewer = (await EventInterviewerAsync(scorecard.InterviewerId, ct))!;
        Outbox.Raise(EventPayloads.Scorecard(Now, scorecard, interview, engagement, rubric, rubricName, interviewer, amendmentReason));
    }

    private static void EnsureCompleted(Interview interview)
    {
        if (interview.Status != InterviewStatus.Completed)
        {
            throw new DomainRuleException(ErrorCodes.InterviewNotCompleted, $"The interview is {ApiNames.Of(interview.Status)}; a scorecard is submitted after it is completed.", "interviewId");
        }
    }
}
