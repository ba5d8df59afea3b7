namespace Panelist.Domain.Quality.Scores;

/// <summary>One input of a quality score.</summary>
/// <param name="Value">The figure in its own unit (a 0–1 share, κ, or an NPS from −100 to 100); null when missing.</param>
/// <param name="Score">The figure mapped to 0–1, higher is better; null when missing.</param>
/// <param name="Weight">The configured weight.</param>
/// <param name="EffectiveWeight">The weight divided by the sum of the present inputs' weights; 0 when missing.</param>
/// <param name="Contribution">Score × effective weight: what this input adds to the composite.</param>
/// <param name="Observations">How many rows the figure rests on.</param>
/// <param name="Explanation">How the figure was computed, or why it is missing.</param>
public sealed record QualityComponent(
    QualityComponentKind Kind,
    double? Value,
    double? Score,
    double Weight,
    double EffectiveWeight,
    double Contribution,
    int Observations,
    string Explanation)
{
    public bool Missing => Score is null;
}
