namespace Panelist.Domain.Quality.Statistics;

/// <summary>One point of a tabular CUSUM.</summary>
/// <param name="Index">0-based position in the series.</param>
/// <param name="Observation">x_t.</param>
/// <param name="Upper">C⁺_t = max(0, x_t − (μ₀ + K) + C⁺_{t−1}).</param>
/// <param name="Lower">C⁻_t = max(0, (μ₀ − K) − x_t + C⁻_{t−1}).</param>
/// <param name="DecisionInterval">H = h·σ: an alarm when either sum exceeds it.</param>
public sealed record CusumPoint(int Index, double Observation, double Upper, double Lower, double DecisionInterval);
