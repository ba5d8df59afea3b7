using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Panelist.Api.Audits;
using Panelist.Api.Auth;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.DataLoaders;
using Panelist.Api.GraphQL.Documents;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Execution;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Idempotency;
using Panelist.Api.GraphQL.Limits;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.Candidates;
using Panelist.Api.GraphQL.WebSockets;
using Panelist.Api.Health;
using Panelist.Api.Interviews;
using Panelist.Api.Startup;
using Panelist.Api.Telemetry;
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
        builder.AddPersonalDataProtection();
        builder.AddAuditCheckpoints();
        builder.Services.AddPanelistHealthChecks();
        return builder;
    }

    /// <summary>The one place the GraphQL schema and its limits are built, for the app and its tests alike.</summary>
    public static WebApplicationBuilder AddGraphQLApi(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(LimitOptions.Section);
        builder.Services.AddOptions<LimitOptions>().Bind(section);
        builder.Services.AddOptions<GraphQL.Projection.ProjectionOptions>().Bind(builder.Configuration.GetSection(GraphQL.Projection.ProjectionOptions.Section));
        builder.Services.AddOptions<Compliance.ComplianceOptions>().Bind(builder.Configuration.GetSection(Compliance.ComplianceOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<Fairness.FairnessOptions>().Bind(builder.Configuration.GetSection(Fairness.FairnessOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<Domain.Quality.Scores.QualityScoreOptions>().Bind(builder.Configuration.GetSection(Domain.Quality.Scores.QualityScoreOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<Domain.Engagements.Matching.MatchingOptions>().Bind(builder.Configuration.GetSection(Domain.Engagements.Matching.MatchingOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var limits = section.Get<LimitOptions>() ?? new LimitOptions();
        builder.Services.AddGraphQLRateLimiting(limits, builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions());
        builder.Services.AddScoped<DataLoaders>();
        builder.Services.AddScoped<PersonalDataReads>();
        builder.Services.AddScoped<Auth.PlatformAccessAudit>();
        builder.Services.AddSchemaFeatures(typeof(PanelistSchema).Assembly);
        builder.Services.AddIdempotencyKeys();
        builder.Services.AddGraphQLWebSockets(builder.Configuration);
        builder.Services.AddHostedService<GraphQL.Subscriptions.ChangeListenerService>();
        builder.Services.AddSingleton<CursorSigner>();
        builder.Services.AddSingleton<Skills.KnownSkillSlugs>();
        builder.Services.AddTransient(typeof(ConnectionGraphType<,>));
        builder.Services.AddTransient(typeof(EdgeGraphType<,>));
        builder.Services.AddPersistedDocuments(builder.Configuration);
        builder.Services.AddGraphQL(b => b
            .AddSchema<PanelistSchema>()
            .AddGraphTypes(typeof(PanelistSchema).Assembly)
            // Typed mutation inputs find our enum graph types (PricingModelType…) through their CLR enums,
            // and their nested records (PricingInput…) become auto-registered input types.
            .AddClrTypeMappings(typeof(PanelistSchema).Assembly)
            .AddAutoClrMappings(mapInputTypes: true, mapOutputTypes: false)
            // Names like "Zoë" or "·" stay readable in responses; HTML-escaping is the client's job.
            .AddSystemTextJson(o => o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<PanelistErrorInfoProvider>()
            .UsePanelistTelemetry()
            .ConfigureExecution<PanelistExecution>()
            // One scoped DbContext per request: resolvers run one at a time, batch loaders still batch.
            .AddExecutionStrategy<SerialFieldsStrategy>(OperationType.Query)
            .AddExecutionStrategy<SerialFieldsStrategy>(OperationType.Mutation)
            // Each event of a subscription resolves in its own scope acting as the subscriber.
            .AddExecutionStrategy<GraphQL.Subscriptions.ScopedSubscriptionExecutionStrategy>(OperationType.Subscription)
            // Both rules run on cached documents too (DocumentCache): complexity depends on the variables.
            .AddValidationRule<global::GraphQL.Validation.Rules.Custom.ComplexityValidationRule>(useForCachedDocuments: true)
            .ConfigureComplexity(limits)
            .AddValidationRule(new IntrospectionLimitRule(limits), useForCachedDocuments: true)
            .AddUnhandledExceptionHandler(context =>
            {
                var logger = context.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Panelist.GraphQL");
                logger?.LogError(context.OriginalException, "Unhandled error in GraphQL execution");
            }));
        return builder;
    }
}
