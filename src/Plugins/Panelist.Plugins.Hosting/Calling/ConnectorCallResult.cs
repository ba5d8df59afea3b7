namespace Panelist.Plugins.Hosting.Calling;

/// <summary>A connector's answer together with what the host saw on the wire while it worked.</summary>
public sealed record ConnectorCallResult<T>(T Result, CallObservation Observation);
