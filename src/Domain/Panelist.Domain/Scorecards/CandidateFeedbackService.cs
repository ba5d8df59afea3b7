using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Interviews;

namespace Panelist.Domain.Scorecards;

/// <summary>Records the candidate's 0–10 rating of a completed interview, once.</summary>
public sealed class CandidateFeedbackService(DomainScope scope) : DomainService(scope)
{
    public Task<Result<CandidateFeedback>> RecordAsync(Guid interviewId, int score, string? comment, CancellationToken ct = default) => Run(async () =>
    {
        RequireClientStaff();
        var interview = Found(await Db.Interviews.FirstOrDefaultAsync(i => i.Id == interviewId, ct), "interview", "interviewId");
        if (interview.Status != InterviewStatus.Completed)
        {
            throw new DomainRuleException(ErrorCodes.InterviewNotCompleted, "Feedback is recorded for completed interviews.", "interviewId");
        }

        if (await Db.CandidateFeedback.AnyAsync(f => f.InterviewId == interviewId, ct))
        {
            throw new DomainRuleException(ErrorCodes.FeedbackAlreadyRecorded, "This interview already has the candidate's feedback.", "interviewId");
        }

        var feedback = new CandidateFeedback(interview.OrganizationId, interviewId, score, comment);
        Db.CandidateFeedback.Add(feedback);
        Audit.Record("candidate_feedback.recorded", nameof(CandidateFeedback), feedback.Id, new { interviewId = GlobalIds.Of<Interview>(interviewId), score });
        return feedback;
    }, ct);
}
