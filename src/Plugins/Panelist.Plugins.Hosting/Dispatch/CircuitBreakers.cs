using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;

namespace Panelist.Plugins.Hosting.Dispatch;

/// <summary>
/// The installation's circuit as the database holds it (<see cref="ConnectorInstallation.CircuitOpenUntil"/>), so every
/// replica's dispatcher opens and closes it together: the ledger counts failed calls when it settles them and opens the
/// circuit at <see cref="DispatcherOptions.CircuitBreakerThreshold"/> in a row; while it is open no replica claims the
/// installation's deliveries; after the cooldown one attempt, on one replica, probes the ATS.
/// </summary>
public sealed class CircuitBreakers(IServiceScopeFactory scopes, TimeSpan cooldown, TimeSpan probeLostDelay, TimeProvider time)
{
    /// <summary>Null when this attempt may call the ATS; otherwise how long to wait and whether the circuit is open (rather than being probed).</summary>
    public async Task<(TimeSpan Wait, bool Open)?> RefuseAsync(ConnectorInstallation installation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(installation);
        if (installation.CircuitOpenUntil is not { } until)
        {
            return null;
        }

        var now = Clock.Now(time);
        if (until > now)
        {
            // Claimed just before another replica opened it.
            return (until - now, true);
        }

        // Attempts run side by side, so the probe takes a context of its own rather than the round's.
        await using var scope = scopes.CreateAsyncScope();
        var won = await scope.ServiceProvider.GetRequiredService<DeliveryLedger>().TryProbeAsync(installation.Id, until, now + cooldown, ct);
        return won ? null : (probeLostDelay, false);
    }
}
