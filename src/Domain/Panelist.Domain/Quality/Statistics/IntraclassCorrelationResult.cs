namespace Panelist.Domain.Quality.Statistics;

/// <summary>
/// Shrout &amp; Fleiss (1979) intraclass correlations from one targets × raters matrix, with the
/// ANOVA mean squares they rest on. Each coefficient is null when its denominator is 0 (no variance
/// at all, e.g. every rating equal).
/// </summary>
/// <param name="Targets">n, the targets (candidates, recordings) rated.</param>
/// <param name="Raters">k, the raters, each of whom rated every target.</param>
/// <param name="BetweenTargetsMeanSquare">BMS = k·Σ_i (x̄_i. − x̄)² / (n − 1).</param>
/// <param name="WithinTargetsMeanSquare">WMS = Σ_ij (x_ij − x̄_i.)² / (n(k − 1)).</param>
/// <param name="BetweenRatersMeanSquare">JMS = n·Σ_j (x̄_.j − x̄)² / (k − 1).</param>
/// <param name="ResidualMeanSquare">EMS = (SS_within − SS_raters) / ((n − 1)(k − 1)).</param>
/// <param name="Icc1Single">ICC(1,1) = (BMS − WMS) / (BMS + (k − 1)·WMS): each target rated by different random raters.</param>
/// <param name="Icc2Single">ICC(2,1) = (BMS − EMS) / (BMS + (k − 1)·EMS + k·(JMS − EMS)/n): random raters, absolute agreement.</param>
/// <param name="Icc3Single">ICC(3,1) = (BMS − EMS) / (BMS + (k − 1)·EMS): these fixed raters, consistency.</param>
/// <param name="Icc1Average">ICC(1,k) = (BMS − WMS) / BMS: reliability of the mean of k random raters.</param>
/// <param name="Icc2Average">ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS)/n).</param>
/// <param name="Icc3Average">ICC(3,k) = (BMS − EMS) / BMS.</param>
public sealed record IntraclassCorrelationResult(
    int Targets,
    int Raters,
    double BetweenTargetsMeanSquare,
    double WithinTargetsMeanSquare,
    double BetweenRatersMeanSquare,
    double ResidualMeanSquare,
    double? Icc1Single,
    double? Icc2Single,
    double? Icc3Single,
    double? Icc1Average,
    double? Icc2Average,
    double? Icc3Average)
{
    /// <summary>Ratings the figures rest on, n·k.</summary>
    public int Observations => Targets * Raters;
}
