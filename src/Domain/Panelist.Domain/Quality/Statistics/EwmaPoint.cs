namespace Panelist.Domain.Quality.Statistics;

/// <summary>One point of an EWMA chart.</summary>
/// <param name="Index">0-based position in the series.</param>
/// <param name="Observation">x_t.</param>
/// <param name="Statistic">z_t = λ·x_t + (1 − λ)·z_{t−1}, z_{−1} = μ₀.</param>
/// <param name="LowerLimit">μ₀ − L·σ·√(λ/(2 − λ)·(1 − (1 − λ)^{2(t+1)})).</param>
/// <param name="UpperLimit">μ₀ + L·σ·√(λ/(2 − λ)·(1 − (1 − λ)^{2(t+1)})).</param>
public sealed record EwmaPoint(int Index, double Observation, double Statistic, double LowerLimit, double UpperLimit);
