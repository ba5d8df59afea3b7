namespace Panelist.Domain.Metrics;

/// <summary>A share with its parts: <see cref="Value"/> = numerator / denominator, null when nothing was counted.</summary>
public sealed record Rate(int Numerator, int Denominator)
{
    public double? Value => Denominator == 0 ? null : (double)Numerator / Denominator;

    public static Rate Of<T>(IReadOnlyCollection<T> counted, Func<T, bool> hit) => new(counted.Count(hit), counted.Count);
}
