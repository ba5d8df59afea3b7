namespace Panelist.Api.Tests.Telemetry;

/// <summary>
/// Activity listeners are process-wide: while other tests' hosts run beside it, a test's exporter sees
/// their spans and can miss the ASP.NET Core span of its own request. Telemetry tests run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Telemetry (runs alone)";
}
