namespace Panelist.Domain.Quality.Scores;

/// <summary>An interviewer's quality score over (<see cref="WindowStart"/>, <see cref="WindowEnd"/>]: a row counts when its time is after the start and not after the end.</summary>
/// <param name="Score">Σ contribution of the present inputs (0–1); null when every input is missing.</param>
/// <param name="Observations">Σ observations of the inputs.</param>
/// <param name="Note">Which inputs are missing and how the weights were re-normalized; null when all are present.</param>
public sealed record QualityScore(
    Guid InterviewerId,
    DateTime WindowStart,
    DateTime WindowEnd,
    double? Score,
    IReadOnlyList<QualityComponent> Components,
    int Observations,
    string? Note)
{
    public IReadOnlyList<QualityComponentKind> MissingComponents => [.. Components.Where(c => c.Missing).Select(c => c.Kind)];

    public bool Renormalized => Components.Any(c => c.Missing) && Score is not null;
}
