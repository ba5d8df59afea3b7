namespace Panelist.Domain.Quality.Statistics;

/// <summary>Cohen's κ for two raters over the same items.</summary>
/// <param name="Value">κ = (p_o − p_e) / (1 − p_e); null when undefined (see <see cref="UndefinedReason"/>).</param>
/// <param name="ObservedAgreement">p_o = 1 − Σ w_ij·O_ij (for unweighted κ, the share of items with the same rating).</param>
/// <param name="ExpectedAgreement">p_e = 1 − Σ w_ij·E_ij, E_ij = row share i × column share j (agreement expected by chance).</param>
/// <param name="Items">Number of items both raters rated: the observations the figure rests on.</param>
/// <param name="Categories">Number of categories (scale levels) k.</param>
/// <param name="Weighting">The disagreement weights used.</param>
/// <param name="UndefinedReason">Why <see cref="Value"/> is null, or null when it is defined.</param>
public sealed record CohenKappaResult(
    double? Value,
    double ObservedAgreement,
    double ExpectedAgreement,
    int Items,
    int Categories,
    KappaWeighting Weighting,
    string? UndefinedReason);
