using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Health;

/// <summary>Ready means the database answers and holds our schema, not merely that a socket opens.</summary>
public sealed class DatabaseHealthCheck(PanelistDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Organizations.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The reason stays in the server log; the probe only needs the verdict.
            return HealthCheckResult.Unhealthy("The database is not reachable or not migrated.", e);
        }
    }
}
