namespace Panelist.Domain.Limits;

/// <summary>What one lease got: <paramref name="Granted"/> permits (0 when the window's budget is spent), valid for <paramref name="Remaining"/>.</summary>
public readonly record struct ClientRateSlice(int Granted, TimeSpan Remaining);
