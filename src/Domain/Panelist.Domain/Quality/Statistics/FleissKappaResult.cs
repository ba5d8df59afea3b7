namespace Panelist.Domain.Quality.Statistics;

/// <summary>Fleiss' κ for many raters assigning items to nominal categories.</summary>
/// <param name="Value">κ = (P̄ − P̄_e) / (1 − P̄_e); null when undefined (see <see cref="UndefinedReason"/>).</param>
/// <param name="MeanAgreement">P̄ = (1/N) Σ_i P_i, P_i = (Σ_j n_ij² − m) / (m(m − 1)).</param>
/// <param name="ExpectedAgreement">P̄_e = Σ_j p_j².</param>
/// <param name="Items">N, the items rated: the observations the figure rests on.</param>
/// <param name="RatersPerItem">m, the ratings each item received.</param>
/// <param name="Categories">k, the categories.</param>
/// <param name="PerCategory">κ_j for each category, in column order.</param>
/// <param name="UndefinedReason">Why <see cref="Value"/> is null, or null when it is defined.</param>
public sealed record FleissKappaResult(
    double? Value,
    double MeanAgreement,
    double ExpectedAgreement,
    int Items,
    int RatersPerItem,
    int Categories,
    IReadOnlyList<CategoryKappa> PerCategory,
    string? UndefinedReason);
