using Panelist.Domain.Quality.Statistics;

namespace Panelist.Domain.Quality.Calibration;

/// <summary>
/// Inter-rater reliability over a set of calibration ratings. Fleiss' κ and the ICCs need every rater on
/// every item, so they rest on the complete items (rated by every rater who rated anything); pairwise κ
/// and leniency use every shared item. A figure that cannot be computed is null with the reason.
/// </summary>
public sealed record ReliabilityReport(
    int Ratings,
    IReadOnlyList<Guid> Raters,
    int Items,
    int CompleteItems,
    IReadOnlyList<RaterPairAgreement> Pairs,
    FleissKappaResult? Fleiss,
    string? FleissUnavailable,
    IntraclassCorrelationResult? Icc,
    string? IccUnavailable,
    IReadOnlyList<RaterLeniencyResult<Guid>> Leniency);
