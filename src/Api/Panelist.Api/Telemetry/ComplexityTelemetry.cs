using GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;

namespace Panelist.Api.Telemetry;

/// <summary>
/// Hands the complexity the analyzer computed to <see cref="GraphQLOperationTelemetry"/> through the execution's
/// user context; whatever the analyzer's own configuration does with it still runs after.
/// </summary>
public sealed class ComplexityTelemetry : IPostConfigureOptions<ComplexityOptions>
{
    public void PostConfigure(string? name, ComplexityOptions options)
    {
        var configured = options.ValidateComplexityDelegate;
        options.ValidateComplexityDelegate = context =>
        {
            context.ValidationContext.UserContext[GraphQLOperationTelemetry.ComplexityKey] = context.TotalImpact;
            return configured?.Invoke(context) ?? Task.CompletedTask;
        };
    }
}
