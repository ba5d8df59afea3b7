namespace Panelist.Plugins.Sdk.Events;

/// <summary>The rating of one rubric criterion.</summary>
public sealed record ScorecardRating
{
    /// <summary>The criterion's stable key in the rubric (e.g. <c>system-design</c>).</summary>
    public required string CriterionKey { get; init; }

    /// <summary>The criterion's title (e.g. <c>System design</c>).</summary>
    public required string CriterionTitle { get; init; }

    /// <summary>The rating, 1 (weakest) to 4 (strongest).</summary>
    public required int Rating { get; init; }

    /// <summary>The evidence the interviewer noted; may be empty.</summary>
    public string Evidence { get; init; } = "";
}
