using Microsoft.Extensions.Options;

namespace Panelist.Api.Audits;

/// <summary>Stops the start with a clear message when no checkpoint signing key can be had (validated on start).</summary>
public sealed class AuditCheckpointOptionsValidation(IHostEnvironment environment) : IValidateOptions<AuditCheckpointOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditCheckpointOptions options) =>
        AuditCheckpointKeyLoader.Problem(options, environment) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
