using Panelist.Domain.Common;

namespace Panelist.Domain.Scorecards;

/// <summary>The candidate's rating of the interview experience (0–10, the NPS question), one per interview.</summary>
public sealed class CandidateFeedback : Entity, ITenantOwned
{
    private CandidateFeedback()
        : base(default(FromStore))
    {
    }

    internal CandidateFeedback(Guid organizationId, Guid interviewId, int score, string? comment, Guid? id = null)
        : base(id)
    {
        OrganizationId = organizationId;
        InterviewId = interviewId;
        Score = Guard.Range(score, 0, 10, "score", ErrorCodes.FeedbackScoreOutOfRange);
        Comment = Guard.Optional(comment, "comment", 4000) ?? "";
    }

    public Guid OrganizationId { get; private set; }

    public Guid InterviewId { get; private set; }

    public int Score { get; private set; }

    public string Comment { get; private set; } = "";
}
