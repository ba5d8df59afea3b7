using Panelist.Domain.Metrics;

namespace Panelist.Domain.Tests.Metrics;

/// <summary>Snapshots compared exactly, except percentiles: interpolated hours may differ in the last bits of a double.</summary>
public static class MetricsAssert
{
    public static void Equal(MetricsSnapshot expected, MetricsSnapshot actual, string? context = null)
    {
        Close(expected.TimeToSchedule, actual.TimeToSchedule, $"{context} timeToSchedule");
        Close(expected.FeedbackTurnaround, actual.FeedbackTurnaround, $"{context} feedbackTurnaround");
        var aligned = actual with { TimeToSchedule = expected.TimeToSchedule, FeedbackTurnaround = expected.FeedbackTurnaround };
        Assert.True(expected == aligned, $"{context}\nexpected {expected}\nactual   {actual}");
    }

    private static void Close(DurationSummary expected, DurationSummary actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: count {expected.Count} ≠ {actual.Count}");
        Assert.True(Near(expected.MedianHours, actual.MedianHours), $"{what}: median {expected.MedianHours} ≠ {actual.MedianHours}");
        Assert.True(Near(expected.P90Hours, actual.P90Hours), $"{what}: p90 {expected.P90Hours} ≠ {actual.P90Hours}");
    }

    private static bool Near(double? expected, double? actual) =>
        expected is null ? actual is null : actual is not null && Math.Abs(expected.Value - actual.Value) <= 1e-9 * Math.Max(1, Math.Abs(expected.Value));
}
