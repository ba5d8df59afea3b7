namespace Panelist.Plugins.Sdk.Events;

/// <summary>An event carrying a scorecard revision: the interviewer's structured evaluation of an interview.</summary>
public abstract record ScorecardEvent : InterviewEvent
{
    private protected ScorecardEvent(string eventType)
        : base(eventType)
    {
    }

    /// <summary>Panelist's scorecard id; the same across amendments.</summary>
    public required Guid ScorecardId { get; init; }

    /// <summary>1 for the first submission, +1 for each amendment.</summary>
    public required int Revision { get; init; }

    /// <summary>The rating of every criterion of the rubric version the engagement pinned.</summary>
    public required IReadOnlyList<ScorecardRating> Ratings { get; init; }

    /// <summary>The overall call.</summary>
    public required Recommendation Recommendation { get; init; }

    /// <summary>The interviewer's written summary.</summary>
    public required string Summary { get; init; }

    /// <summary>The weighted score (1–4) over the criteria, when the rubric weights them.</summary>
    public decimal? WeightedScore { get; init; }

    /// <summary>Whether the weighted score reaches the rubric's pass mark, when it has one.</summary>
    public bool? Passed { get; init; }

    /// <summary>
    /// The rubric version the scorecard was written against (SDK 1.1); criterion keys are stable within it, so a connector can
    /// choose its criterion-to-field map by it.
    /// </summary>
    public Guid? RubricVersionId { get; init; }

    /// <summary>The rubric's name, e.g. <c>Backend engineer</c> (SDK 1.1).</summary>
    public string? RubricName { get; init; }
}
