using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Integrations;

/// <summary>
/// What each integration event carries: the ATS references the vendor needs to find its own records
/// (job, candidate, application) and the facts to write there. No candidate email leaves through here.
/// </summary>
public static class EventPayloads
{
    public static object Interview(Interview interview, Engagement engagement, string? interviewerName) => new
    {
        interviewId = interview.Id,
        engagementId = engagement.Id,
        ats = Ats(interview, engagement),
        candidateName = interview.Candidate.Name,
        status = interview.Status.ToString(),
        scheduledStart = interview.ScheduledStart,
        scheduledEnd = interview.ScheduledEnd,
        interviewerId = interview.InterviewerId,
        interviewerName,
        cancellationReason = interview.CancellationReason,
    };

    public static object Scorecard(Scorecard scorecard, Interview interview, Engagement engagement, RubricVersion rubric, string? interviewerName) => new
    {
        scorecardId = scorecard.Id,
        interviewId = interview.Id,
        engagementId = engagement.Id,
        ats = Ats(interview, engagement),
        interviewerName,
        rubricVersion = rubric.Number,
        revision = scorecard.Revision,
        recommendation = scorecard.Recommendation.ToString(),
        weightedScore = scorecard.WeightedScore,
        passed = scorecard.Passed,
        summary = scorecard.Summary,
        ratings = scorecard.Ratings.Select(r => new
        {
            criterionKey = r.CriterionKey,
            title = rubric.Criteria.Find(c => c.Key == r.CriterionKey)?.Title,
            rating = r.Rating,
            evidence = r.Evidence,
        }),
    };

    public static object Assignment(Assignment assignment, Engagement engagement, string interviewerName) => new
    {
        assignmentId = assignment.Id,
        engagementId = engagement.Id,
        ats = new { jobId = engagement.AtsJobId },
        interviewerId = assignment.InterviewerId,
        interviewerName,
    };

    public static object EngagementClosed(Engagement engagement, int cancelledInterviews) => new
    {
        engagementId = engagement.Id,
        ats = new { jobId = engagement.AtsJobId },
        closedAt = engagement.ClosedAt,
        cancelledInterviews,
    };

    private static object Ats(Interview interview, Engagement engagement) => new
    {
        jobId = engagement.AtsJobId,
        candidateId = interview.Candidate.AtsCandidateId,
        applicationId = interview.Candidate.AtsApplicationId,
    };
}
