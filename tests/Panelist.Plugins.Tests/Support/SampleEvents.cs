using Panelist.Plugins.Sdk.Events;

namespace Panelist.Plugins.Tests.Support;

internal static class SampleEvents
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 15, 0, 0, TimeSpan.Zero);

    public static InterviewScheduled InterviewScheduled() => new()
    {
        EventId = Guid.Parse("0197a7c0-1111-7000-8000-000000000001"),
        OccurredAt = Start.AddDays(-3),
        OrganizationId = Guid.Parse("0197a7c0-2222-7000-8000-000000000001"),
        Ats = new AtsReferences { JobId = "job-7", CandidateId = "cand-42", ApplicationId = "app-99" },
        InterviewId = Guid.Parse("0197a7c0-3333-7000-8000-000000000001"),
        EngagementId = Guid.Parse("0197a7c0-4444-7000-8000-000000000001"),
        InterviewerName = "Ada Lovelace",
        ScheduledStart = Start,
        ScheduledEnd = Start.AddHours(1),
    };

    public static ScorecardSubmitted ScorecardSubmitted() => new()
    {
        EventId = Guid.Parse("0197a7c0-1111-7000-8000-000000000002"),
        OccurredAt = Start.AddHours(2),
        OrganizationId = Guid.Parse("0197a7c0-2222-7000-8000-000000000001"),
        Ats = new AtsReferences { JobId = "job-7", CandidateId = "cand-42", ApplicationId = "app-99" },
        InterviewId = Guid.Parse("0197a7c0-3333-7000-8000-000000000001"),
        EngagementId = Guid.Parse("0197a7c0-4444-7000-8000-000000000001"),
        InterviewerName = "Ada Lovelace",
        ScorecardId = Guid.Parse("0197a7c0-5555-7000-8000-000000000001"),
        Revision = 1,
        Ratings = [new ScorecardRating { CriterionKey = "system-design", CriterionTitle = "System design", Rating = 3, Evidence = "Sharded the queue." }],
        Recommendation = Recommendation.Yes,
        Summary = "Solid design skills.",
        WeightedScore = 3.0m,
        Passed = true,
    };

    public static EngagementClosed EngagementClosed() => new()
    {
        EventId = Guid.Parse("0197a7c0-1111-7000-8000-000000000003"),
        OccurredAt = Start.AddDays(10),
        OrganizationId = Guid.Parse("0197a7c0-2222-7000-8000-000000000001"),
        Ats = new AtsReferences { JobId = "job-7" },
        EngagementId = Guid.Parse("0197a7c0-4444-7000-8000-000000000001"),
        EngagementTitle = "Senior Backend Engineer",
        CompletedInterviews = 12,
    };
}
