namespace Panelist.Plugins.Hosting.Dispatch;

/// <summary>The <c>Dispatcher</c> section: how deliveries are claimed, retried, protected and kept.</summary>
public sealed class DispatcherOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Deliveries claimed per round.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long to wait when nothing is due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int MaxAttempts { get; set; } = 8;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Consecutive failed attempts, counted by every replica in the database, that open an installation's circuit for all of them (throttles do not count).</summary>
    public int CircuitBreakerThreshold { get; set; } = 5;

    public TimeSpan CircuitBreakerCooldown { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a claimed row belongs to the dispatcher that claimed it. Longer than a connector call
    /// (<c>Plugins:CallTimeout</c>) and its settlement; when a replica dies mid-call, its rows are claimed
    /// again after this (default 2 min).
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a delivery waits, without spending an attempt, while its connector is not loaded (default 30 s).</summary>
    public TimeSpan UnavailableDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Delivered (and skipped) rows older than this are deleted; dead letters stay until handled (default 7 days).</summary>
    public TimeSpan RetainDelivered { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the dispatcher prunes delivered rows (default 10 min).</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);
}
