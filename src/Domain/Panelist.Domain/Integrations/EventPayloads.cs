using Panelist.Domain.Candidates;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Integrations;

/// <summary>
/// What each integration event carries, shaped as the plugin SDK's event records serialize (camelCase),
/// so the dispatcher hands connectors exactly what was written here: the ATS references the vendor
/// needs to find its own records, and the facts to write there. No candidate email leaves through here.
/// </summary>
public static class EventPayloads
{
    public static object Scheduled(Interview interview, Engagement engagement, string? interviewerName) => new
    {
        ats = Ats(interview, engagement),
        interviewId = interview.Id,
        engagementId = engagement.Id,
        interviewerName,
        scheduledStart = interview.ScheduledStart,
        scheduledEnd = interview.ScheduledEnd,
    };

    public static object Rescheduled(Interview interview, Engagement engagement, string? interviewerName, DateTime? previousStart, DateTime? previousEnd) => new
    {
        ats = Ats(interview, engagement),
        interviewId = interview.Id,
        engagementId = engagement.Id,
        interviewerName,
        scheduledStart = interview.ScheduledStart,
        scheduledEnd = interview.ScheduledEnd,
        previousStart,
        previousEnd,
    };

    public static object Cancelled(Interview interview, Engagement engagement, string? interviewerName) => new
    {
        ats = Ats(interview, engagement),
        interviewId = interview.Id,
        engagementId = engagement.Id,
        interviewerName,
        reason = interview.CancellationReason ?? "",
    };

    public static object Completed(Interview interview, Engagement engagement, string? interviewerName) => new
    {
        ats = Ats(interview, engagement),
        interviewId = interview.Id,
        engagementId = engagement.Id,
        interviewerName,
        outcome = interview.Status switch
        {
            InterviewStatus.NoShowCandidate => "CandidateNoShow",
            InterviewStatus.NoShowInterviewer => "InterviewerNoShow",
            _ => "Completed",
        },
        scheduledStart = interview.ScheduledStart,
        scheduledEnd = interview.ScheduledEnd,
    };

    public static object Scorecard(Scorecard scorecard, Interview interview, Engagement engagement, RubricVersion rubric, string? interviewerName,
        string? amendmentReason = null) => new
    {
        ats = Ats(interview, engagement),
        interviewId = interview.Id,
        engagementId = engagement.Id,
        interviewerName,
        scorecardId = scorecard.Id,
        revision = scorecard.Revision,
        ratings = scorecard.Ratings.Select(r => new
        {
            criterionKey = r.CriterionKey,
            criterionTitle = rubric.Criteria.Find(c => c.Key == r.CriterionKey)?.Title ?? r.CriterionKey,
            rating = r.Rating,
            evidence = r.Evidence,
        }),
        recommendation = scorecard.Recommendation.ToString(),
        summary = scorecard.Summary,
        weightedScore = scorecard.WeightedScore,
        passed = scorecard.Passed,
        amendmentReason,
    };

    public static object Assignment(Assignment assignment, Engagement engagement, string interviewerName) => new
    {
        ats = new { jobId = engagement.AtsJobId },
        engagementId = engagement.Id,
        engagementTitle = engagement.Title,
        assignmentId = assignment.Id,
        interviewerName,
    };

    public static object EngagementClosed(Engagement engagement, int completedInterviews) => new
    {
        ats = new { jobId = engagement.AtsJobId },
        engagementId = engagement.Id,
        engagementTitle = engagement.Title,
        completedInterviews,
    };

    /// <summary>The erasure: only the ATS candidate id the vendor knows the person by, and Panelist's pseudonymous id.</summary>
    public static object CandidateErased(Candidate candidate) => new
    {
        ats = new { candidateId = candidate.AtsCandidateId },
        candidateId = candidate.Id,
        erasedAt = candidate.ErasedAt,
    };

    private static object Ats(Interview interview, Engagement engagement) => new
    {
        jobId = engagement.AtsJobId,
        candidateId = interview.AtsCandidateId,
        applicationId = interview.AtsApplicationId,
    };
}
