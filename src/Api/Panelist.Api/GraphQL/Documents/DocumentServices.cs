using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Complexity;
using Panelist.Api.GraphQL.Limits;

namespace Panelist.Api.GraphQL.Documents;

public static class DocumentServices
{
    /// <summary>The APQ store, the trusted manifest, and the two execution steps (hash → text, text → cached document).</summary>
    public static IServiceCollection AddPersistedDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.Section));
        services.AddSingleton<AutomaticPersistedQueries>();
        services.AddSingleton<TrustedDocuments>();
        services.AddSingleton<PersistedQueryExecution>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<PersistedQueryExecution>());
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<DocumentCache>());
        return services;
    }

    /// <summary>What <c>AddComplexityAnalyzer</c> configures, without its registration of the rule for uncached documents only.</summary>
    public static IGraphQLBuilder ConfigureComplexity(this IGraphQLBuilder builder, LimitOptions limits)
    {
        builder.Services.Configure<ComplexityOptions>((c, _) => ComplexityLimits.Configure(c, limits));
        return builder;
    }
}
