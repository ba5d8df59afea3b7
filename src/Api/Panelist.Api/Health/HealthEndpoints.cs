using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Panelist.Api.Health;

public static class HealthEndpoints
{
    public static IServiceCollection AddPanelistHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary><c>/health/live</c>: the process serves; <c>/health/ready</c>: and its database answers.</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        return app;
    }
}
