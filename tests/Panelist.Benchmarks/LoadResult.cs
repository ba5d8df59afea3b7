namespace Panelist.Benchmarks;

public sealed record LoadResult(int Requests, int Failures, double Seconds, double P50Ms, double P95Ms)
{
    public double PerSecond => Requests / Seconds;
}
