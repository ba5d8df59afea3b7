namespace Panelist.Api.GraphQL.Scalars;

/// <summary>A date input that names no instant; its message is meant for the client.</summary>
public sealed class InstantFormatException(string message) : FormatException(message);
