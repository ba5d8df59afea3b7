namespace Panelist.Domain.Scorecards;

/// <summary>A rating (1–4) of one rubric criterion, with the evidence behind it.</summary>
public sealed class CriterionRating
{
    private CriterionRating()
    {
    }

    public CriterionRating(string criterionKey, int rating, string? evidence)
    {
        CriterionKey = criterionKey;
        Rating = rating;
        Evidence = evidence ?? "";
    }

    public string CriterionKey { get; private set; } = "";

    public int Rating { get; private set; }

    public string Evidence { get; private set; } = "";
}
