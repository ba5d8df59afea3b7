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

    /// <summary>true or false; unset, traces are recorded when an OTLP endpoint is configured.</summary>
    public const string TracesSetting = "Telemetry:Traces";

    public static WebApplicationBuilder AddPanelistTelemetry(this WebApplicationBuilder builder)
    {
        // Every log line written during a request then carries its trace and span ids next to ASP.NET Core's RequestId scope.
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        var exporting = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(ApiMetrics.MeterName, DispatcherMetrics.MeterName));
        // Spans are recorded only where they can go: with no exporter, building them (a request span, a span per
        // GraphQL operation and per SQL command, with their tags) was about a tenth of a small request's CPU, for
        // nothing. Telemetry:Traces turns them on without OTLP (a test's in-memory exporter) or off with it.
        if (builder.Configuration.GetValue<bool?>(TracesSetting) ?? exporting)
        {
            telemetry.WithTracing(t => t
                // Probes every few seconds would drown the traces that matter.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(GraphQLTelemetryProvider.SourceName));
        }

        if (exporting)
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
