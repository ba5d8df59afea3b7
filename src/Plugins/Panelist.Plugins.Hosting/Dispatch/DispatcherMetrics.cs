using System.Diagnostics.Metrics;
using Panelist.Domain.Integrations;

namespace Panelist.Plugins.Hosting.Dispatch;

/// <summary>
/// The dispatcher's instruments (meter <see cref="MeterName"/>): delivery attempts by outcome, and its lag — how long
/// the oldest delivery of each claimed batch had been due when it was claimed (zero when the dispatcher keeps up).
/// </summary>
public sealed class DispatcherMetrics : IDisposable
{
    public const string MeterName = "Panelist.Dispatcher";

    private readonly Counter<long> _deliveries;
    private readonly Histogram<double> _lag;

    /// <summary>Uses the host's meter factory when there is one (ASP.NET Core registers it), else a meter of its own.</summary>
    public DispatcherMetrics(IMeterFactory? meters = null)
    {
        Meter = meters?.Create(MeterName) ?? new Meter(MeterName);
        _deliveries = Meter.CreateCounter<long>("panelist.deliveries", "{delivery}",
            "Delivery attempts by outcome: delivered, failed (to be retried or given up), refused (dead-lettered), postponed (rate limit or open circuit).");
        _lag = Meter.CreateHistogram<double>("panelist.dispatcher.lag", "s",
            "How long the oldest delivery of a claimed batch had been due when it was claimed.");
    }

    public Meter Meter { get; }

    public void Attempted(DeliveryOutcome outcome) => _deliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome switch
    {
        DeliveryOutcome.Delivered => "delivered",
        DeliveryOutcome.Refused => "refused",
        DeliveryOutcome.Postponed => "postponed",
        DeliveryOutcome.Throttled => "throttled",
        _ => "failed",
    }));

    public void Claimed(TimeSpan oldestDue) => _lag.Record(Math.Max(0, oldestDue.TotalSeconds));

    public void Dispose() => Meter.Dispose();
}
