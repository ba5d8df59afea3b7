using GraphQL;
using Panelist.Api.GraphQL;
using Panelist.Api.Health;
using Panelist.Api.Startup;
using Panelist.Domain;
using Panelist.Domain.Persistence;

namespace Panelist.Api;

public static class DependencyInjection
{
    /// <summary>The domain on the configured database; reads configuration only, never the database.</summary>
    public static WebApplicationBuilder AddPanelistDomain(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DatabaseOptions.Section);
        builder.Services.AddOptions<DatabaseOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<StartupOptions>().Bind(builder.Configuration.GetSection(StartupOptions.Section));
        var database = section.Get<DatabaseOptions>() ?? new DatabaseOptions();
        builder.Services.AddDomain(database.Provider, database.ConnectionString);
        builder.Services.AddPanelistHealthChecks();
        return builder;
    }

    /// <summary>The one place the GraphQL schema is built, for the app and its tests alike.</summary>
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services)
    {
        services.AddGraphQL(b => b
            .AddSchema<PanelistSchema>()
            .AddGraphTypes(typeof(PanelistSchema).Assembly)
            .AddSystemTextJson());
        return services;
    }
}
