namespace Panelist.Api.Connectors;

public sealed record Setting(string Name, string Value);
