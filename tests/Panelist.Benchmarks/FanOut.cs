namespace Panelist.Benchmarks;

/// <summary>One change fanned out: how many subscribers were live, the sorted delivery latencies (ms) of those it reached,
/// how long the mutation itself took, and the sockets that ended, by reason.</summary>
public sealed record FanOut(int Live, double[] LatenciesMs, double MutationMs, Dictionary<string, int> Lost)
{
    public int Delivered => LatenciesMs.Length;

    public double Percentile(double q) => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)Math.Ceiling(q * LatenciesMs.Length) - 1)];
}
