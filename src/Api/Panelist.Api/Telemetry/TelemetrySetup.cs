using GraphQL;
using GraphQL.DI;
using GraphQL.Telemetry;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Panelist.Plugins.Hosting.Dispatch;

namespace Panelist.Api.Telemetry;

/// <summary>
/// OpenTelemetry for the API: traces of ASP.NET Core, HttpClient (connectors' calls to vendors), Npgsql and GraphQL
/// execution; metrics of ASP.NET Core, HttpClient, GraphQL operations and the delivery dispatcher. Nothing leaves the
/// process unless <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; then traces, metrics and logs go there over OTLP.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "panelist-api";

    public static WebApplicationBuilder AddPanelistTelemetry(this WebApplicationBuilder builder)
    {
        // Every log line written during a request then carries its trace and span ids next to ASP.NET Core's RequestId scope.
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t
                // Probes every few seconds would drown the traces that matter.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(GraphQLTelemetryProvider.SourceName))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(ApiMetrics.MeterName, DispatcherMetrics.MeterName));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.WithLogging(_ => { }, o => o.IncludeScopes = true).UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>The span and duration metric per GraphQL operation, with its complexity; one line in the GraphQL builder.</summary>
    public static IGraphQLBuilder UsePanelistTelemetry(this IGraphQLBuilder builder)
    {
        builder.Services.TryRegister(typeof(ApiMetrics), typeof(ApiMetrics), global::GraphQL.DI.ServiceLifetime.Singleton);
        builder.Services.Register(typeof(IPostConfigureOptions<ComplexityOptions>), typeof(ComplexityTelemetry), global::GraphQL.DI.ServiceLifetime.Singleton);
        // Documents may hold personal data as literals (a candidate's name in a mutation), so the span leaves them out.
        return builder.UseTelemetry<GraphQLOperationTelemetry>(o => o.RecordDocument = false);
    }
}
