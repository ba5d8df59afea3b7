using Panelist.Domain.Candidates;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;
using Panelist.Plugins.Sdk.Events;
using SdkRecommendation = Panelist.Plugins.Sdk.Events.Recommendation;

namespace Panelist.Domain.Integrations;

/// <summary>
/// Builds the plugin SDK's event records from the domain's facts, so the dispatcher hands connectors exactly what was
/// written here: the ATS references the vendor needs to find its own records, and the facts to write there. The outbox
/// adds the actor and the sequence. No candidate e-mail and no interviewer e-mail leaves through here: the records have
/// no field for either, and interviewers are read as <see cref="EventInterviewer"/>.
/// </summary>
internal static class EventPayloads
{
    public static InterviewScheduled Scheduled(DateTime now, Interview interview, Engagement engagement, EventInterviewer? interviewer) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = Utc(now),
        OrganizationId = interview.OrganizationId,
        Ats = Ats(interview, engagement),
        InterviewId = interview.Id,
        EngagementId = engagement.Id,
        EngagementTitle = engagement.Title,
        InterviewerId = interviewer?.Id,
        InterviewerName = interviewer?.Name,
        InterviewerTimeZone = interviewer?.TimeZone,
        ScheduledStart = Utc(interview.ScheduledStart!.Value),
        ScheduledEnd = Utc(interview.ScheduledEnd!.Value),
    };

    /// <summary>A reschedule may book another assignment of the engagement, i.e. another interviewer; then the previous one is named.</summary>
    public static InterviewRescheduled Rescheduled(DateTime now, Interview interview, Engagement engagement, EventInterviewer? interviewer,
        DateTime previousStart, DateTime previousEnd, Guid? previousInterviewerId) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = Utc(now),
        OrganizationId = interview.OrganizationId,
        Ats = Ats(interview, engagement),
        InterviewId = interview.Id,
        EngagementId = engagement.Id,
        EngagementTitle = engagement.Title,
        InterviewerId = interviewer?.Id,
        InterviewerName = interviewer?.Name,
        InterviewerTimeZone = interviewer?.TimeZone,
        ScheduledStart = Utc(interview.ScheduledStart!.Value),
        ScheduledEnd = Utc(interview.ScheduledEnd!.Value),
        PreviousStart = Utc(previousStart),
        PreviousEnd = Utc(previousEnd),
        PreviousInterviewerId = previousInterviewerId != interviewer?.Id ? previousInterviewerId : null,
    };

    public static InterviewCancelled Cancelled(DateTime now, Interview interview, Engagement engagement, EventInterviewer? interviewer) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = Utc(now),
        OrganizationId = interview.OrganizationId,
        Ats = Ats(interview, engagement),
        InterviewId = interview.Id,
        EngagementId = engagement.Id,
        EngagementTitle = engagement.Title,
        InterviewerId = interviewer?.Id,
        InterviewerName = interviewer?.Name,
        InterviewerTimeZone = interviewer?.TimeZone,
        Reason = interview.CancellationReason ?? "",
    };

    public static InterviewCompleted Completed(DateTime now, Interview interview, Engagement engagement, EventInterviewer? interviewer) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = Utc(now),
        OrganizationId = interview.OrganizationId,
        Ats = Ats(interview, engagement),
        InterviewId = interview.Id,
        EngagementId = engagement.Id,
        EngagementTitle = engagement.Title,
        InterviewerId = interviewer?.Id,
        InterviewerName = interviewer?.Name,
        InterviewerTimeZone = interviewer?.TimeZone,
        Outcome = interview.Status switch
        {
            InterviewStatus.NoShowCandidate => InterviewOutcome.CandidateNoShow,
            InterviewStatus.NoShowInterviewer => InterviewOutcome.InterviewerNoShow,
            _ => InterviewOutcome.Completed,
        },
        ScheduledStart = Utc(interview.ScheduledStart!.Value),
        ScheduledEnd = Utc(interview.ScheduledEnd!.Value),
    };

    /// <summary>A submission, or with <paramref name="amendmentReason"/> an amendment, carrying the whole revision.</summary>
    public static ScorecardEvent Scorecard(DateTime now, Scorecard scorecard, Interview interview, Engagement engagement, RubricVersion version,
        string rubricName, EventInterviewer interviewer, string? amendmentReason)
    {
        var ratings = scorecard.Ratings.Select(r => new ScorecardRating
        {
            CriterionKey = r.CriterionKey,
            CriterionTitle = version.Criteria.Find(c => c.Key == r.CriterionKey)?.Title ?? r.CriterionKey,
            Rating = r.Rating,
            Evidence = r.Evidence,
        }).ToList();
        ScorecardEvent built = amendmentReason is null
            ? new ScorecardSubmitted
            {
                EventId = Guid.CreateVersion7(), OccurredAt = Utc(now), OrganizationId = interview.OrganizationId, Ats = Ats(interview, engagement),
                InterviewId = interview.Id, EngagementId = engagement.Id, ScorecardId = scorecard.Id, Revision = scorecard.Revision, Ratings = ratings,
                Recommendation = Of(scorecard.Recommendation), Summary = scorecard.Summary,
            }
            : new ScorecardAmended
            {
                EventId = Guid.CreateVersion7(), OccurredAt = Utc(now), OrganizationId = interview.OrganizationId, Ats = Ats(interview, engagement),
                InterviewId = interview.Id, EngagementId = engagement.Id, ScorecardId = scorecard.Id, Revision = scorecard.Revision, Ratings = ratings,
                Recommendation = Of(scorecard.Recommendation), Summary = scorecard.Summary, AmendmentReason = amendmentReason,
            };
        return built with
        {
            EngagementTitle = engagement.Title,
            InterviewerId = interviewer.Id,
            InterviewerName = interviewer.Name,
            InterviewerTimeZone = interviewer.TimeZone,
            WeightedScore = scorecard.WeightedScore,
            Passed = scorecard.Passed,
            RubricVersionId = version.Id,
            RubricName = rubricName,
        };
    }

    public static InterviewerAssigned Assignment(DateTime now, Assignment assignment, Engagement engagement, EventInterviewer interviewer) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = Utc(now),
        OrganizationId = assignment.OrganizationId,
        Ats = Ats(engagement),
        EngagementId = engagement.Id,
        EngagementTitle = engagement.Title,
        AssignmentId = assignment.Id,
        InterviewerId = interviewer.Id,
        InterviewerName = interviewer.Name,
    };

    public static EngagementClosed EngagementClosed(DateTime now, Engagement engagement, int completedInterviews) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = Utc(now),
        OrganizationId = engagement.OrganizationId,
        Ats = Ats(engagement),
        EngagementId = engagement.Id,
        EngagementTitle = engagement.Title,
        CompletedInterviews = completedInterviews,
    };

    /// <summary>The erasure: only the ATS candidate id the vendor knows the person by, and Panelist's pseudonymous id.</summary>
    public static CandidateErased Erasure(DateTime now, Candidate candidate) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = Utc(now),
        OrganizationId = candidate.OrganizationId,
        Ats = new AtsReferences { CandidateId = candidate.AtsCandidateId },
        CandidateId = candidate.Id,
        ErasedAt = candidate.ErasedAt is { } erased ? Utc(erased) : null,
    };

    private static AtsReferences Ats(Engagement engagement) => new()
    {
        JobId = engagement.AtsJobId,
        StageId = engagement.AtsStageId,
        InterviewTypeId = engagement.AtsInterviewTypeId,
        HiringPlanInterviewId = engagement.AtsHiringPlanInterviewId,
    };

    private static AtsReferences Ats(Interview interview, Engagement engagement) => Ats(engagement) with
    {
        CandidateId = interview.AtsCandidateId,
        ApplicationId = interview.AtsApplicationId,
    };

    private static SdkRecommendation Of(Scorecards.Recommendation recommendation) => recommendation switch
    {
        Scorecards.Recommendation.StrongNo => SdkRecommendation.StrongNo,
        Scorecards.Recommendation.No => SdkRecommendation.No,
        Scorecards.Recommendation.Yes => SdkRecommendation.Yes,
        Scorecards.Recommendation.StrongYes => SdkRecommendation.StrongYes,
        _ => SdkRecommendation.NoDecision,
    };

    private static DateTimeOffset Utc(DateTime instant) => new(DateTime.SpecifyKind(instant, DateTimeKind.Utc), TimeSpan.Zero);
}
