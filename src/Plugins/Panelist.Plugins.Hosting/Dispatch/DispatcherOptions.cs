namespace Panelist.Plugins.Hosting.Dispatch;

/// <summary>The <c>Dispatcher</c> section: how deliveries are claimed, retried and protected.</summary>
public sealed class DispatcherOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Deliveries claimed per transaction.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long to wait when nothing is due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int MaxAttempts { get; set; } = 8;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Consecutive failed attempts that open an installation's circuit.</summary>
    public int CircuitBreakerThreshold { get; set; } = 5;

    public TimeSpan CircuitBreakerCooldown { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The timeout of the HttpClient handed to connectors.</summary>
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
