namespace Panelist.Api.Tests.Telemetry;

public sealed record CapturedLog(string Category, string Message, IReadOnlyDictionary<string, object?> Scope);
