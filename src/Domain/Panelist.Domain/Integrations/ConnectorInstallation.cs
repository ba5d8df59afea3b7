using Panelist.Domain.Common;

namespace Panelist.Domain.Integrations;

/// <summary>
/// A connector installed for one organization: which connector, its settings, the events it wants.
/// Secrets are stored encrypted (ASP.NET Data Protection, by the hosting layer); the domain only keeps the ciphertext.
/// </summary>
public sealed class ConnectorInstallation : Entity, ITenantOwned
{
    private ConnectorInstallation()
        : base(default(FromStore))
    {
    }

    public ConnectorInstallation(Guid organizationId, string connectorId, string name, string settingsJson, string protectedSecrets,
        IEnumerable<string> events, Guid? id = null)
        : base(id)
    {
        OrganizationId = organizationId;
        ConnectorId = Guard.Required(connectorId, "connectorId", 100);
        Name = Guard.Required(name, "name");
        Reconfigure(settingsJson, protectedSecrets, events);
        Status = InstallationStatus.Active;
    }

    public Guid OrganizationId { get; private set; }

    public string ConnectorId { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Non-secret settings as JSON.</summary>
    public string SettingsJson { get; private set; } = "{}";

    /// <summary>Secret settings, encrypted; never returned, logged or audited in clear.</summary>
    public string ProtectedSecrets { get; private set; } = "";

    public List<string> Events { get; private set; } = [];

    public InstallationStatus Status { get; private set; }

    /// <summary>The vendor asked (Retry-After) that nothing be sent before this time: every replica holds every delivery of the installation until then.</summary>
    public DateTime? ThrottledUntil { get; private set; }

    /// <summary>The last problem the dispatcher met delivering for this installation (a failing ATS, a connector that is not loaded); null after a success.</summary>
    public string? LastError { get; private set; }

    public DateTime? LastErrorAt { get; private set; }

    /// <summary>Failed calls to the ATS in a row, counted by every replica's dispatcher when it settles; a call the vendor answers resets it.</summary>
    public int FailuresInARow { get; private set; }

    /// <summary>
    /// Set when the circuit opens: no replica claims the installation's deliveries before this time; after it, one
    /// attempt (the one that wins <see cref="DeliveryLedger.TryProbeAsync"/>) probes the ATS. Null while the circuit is closed.
    /// </summary>
    public DateTime? CircuitOpenUntil { get; private set; }

    /// <summary>At most this many requests to the ATS at once, per replica; null for no limit beyond the vendor's rate limit.</summary>
    public int? MaxConcurrency { get; private set; }

    /// <summary>How the vendor names interviewers who are not mapped to a vendor user (see <see cref="RelayAddresses"/>); null for none.</summary>
    public string? RelayAddressPattern { get; private set; }

    public bool Wants(string eventType) => Status != InstallationStatus.Disabled && Events.Contains(eventType);

    public void Reconfigure(string settingsJson, string protectedSecrets, IEnumerable<string> events)
    {
        var wanted = events.Distinct().ToList();
        var unknown = wanted.Except(Plugins.Sdk.Events.IntegrationEventTypes.All).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainRuleException(ErrorCodes.ValidationFailed, $"Unknown events: {string.Join(", ", unknown)}.", "events");
        }

        SettingsJson = settingsJson;
        ProtectedSecrets = protectedSecrets;
        Events = wanted;
    }

    public void Enable() => Status = InstallationStatus.Active;

    public void Disable() => Status = InstallationStatus.Disabled;

    /// <summary>Holds every delivery until <paramref name="until"/>; a later throttle never shortens an earlier one.</summary>
    public void ThrottleUntil(DateTime until) => ThrottledUntil = ThrottledUntil is { } current && current > until ? current : until;

    public void RecordProblem(string problem, DateTime now)
    {
        LastError = BoundedText.Fit(problem, BoundedText.ErrorLength);
        LastErrorAt = now;
    }

    public void ClearProblem()
    {
        LastError = null;
        LastErrorAt = null;
    }

    /// <summary>The most a per-installation limit may allow: beyond it, the vendor's rate limit is the only bound that matters.</summary>
    public const int MaxConcurrencyLimit = 64;

    public void LimitConcurrency(int? maxConcurrency) => MaxConcurrency = maxConcurrency switch
    {
        null => null,
        > 0 and <= MaxConcurrencyLimit => maxConcurrency,
        _ => throw new DomainRuleException(ErrorCodes.ValidationFailed, $"maxConcurrency must be between 1 and {MaxConcurrencyLimit}, or null for no limit.",
            "maxConcurrency"),
    };

    /// <summary>Counts a failed call; at <paramref name="threshold"/> in a row the circuit opens (again) for <paramref name="cooldown"/> and the installation shows as Failing.</summary>
    public void CallFailed(DateTime now, int threshold, TimeSpan cooldown)
    {
        FailuresInARow++;
        if (FailuresInARow >= threshold)
        {
            CircuitOpenUntil = now + cooldown;
            MarkFailing();
        }
    }

    /// <summary>The ATS answered (with success or a refusal): the circuit closes.</summary>
    public void CallAnswered()
    {
        FailuresInARow = 0;
        CircuitOpenUntil = null;
    }

    public void SetRelayAddressPattern(string? pattern) => RelayAddressPattern = RelayAddresses.Validate(pattern);

    public void MarkFailing() => Status = Status == InstallationStatus.Disabled ? Status : InstallationStatus.Failing;
}
