namespace Panelist.Domain.Quality.Statistics;

/// <summary>Fleiss' κ for one category against all others (Fleiss 1971, eq. 11).</summary>
/// <param name="Category">0-based column of the category in the count matrix.</param>
/// <param name="Proportion">p_j = Σ_i n_ij / (N·m): the share of all assignments that went to this category.</param>
/// <param name="Value">κ_j = 1 − Σ_i n_ij(m − n_ij) / (N·m·(m − 1)·p_j·q_j); null when p_j is 0 or 1 (the category was never or always used, so agreement on it is 0/0).</param>
public sealed record CategoryKappa(int Category, double Proportion, double? Value);
