using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// Ready means the database answers and holds our schema, not merely that a socket opens: the check reads the
    /// organizations table. A failure's reason stays in the server log; the probe only needs the verdict.
    /// </summary>
    public static IServiceCollection AddPanelistHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<PanelistDbContext>("database", tags: ["ready"],
            customTestQuery: async (db, ct) =>
            {
                await db.Organizations.AsNoTracking().AnyAsync(ct);
                return true;
            });
        return services;
    }

    /// <summary><c>/health/live</c>: the process serves; <c>/health/ready</c>: and its database answers.</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        if (app.Configuration.GetValue<bool>(RuntimeCountersEndpoint.Setting))
        {
            app.MapRuntimeCounters();
        }

        return app;
    }
}
