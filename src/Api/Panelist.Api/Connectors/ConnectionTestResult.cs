namespace Panelist.Api.Connectors;

/// <summary>The answer of <c>testConnectorConnection</c>: did the connector reach the ATS with the stored settings.</summary>
public sealed record ConnectionTestResult(bool Succeeded, string? Reason);
