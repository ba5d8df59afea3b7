using GraphQL;

namespace Panelist.Api.Connectors;

/// <summary>A pattern with <c>{interviewerId}</c> in its local part, e.g. <c>interviewer-{interviewerId}@relay.example.com</c>; null clears it.</summary>
public sealed record SetRelayAddressPatternInput([property: Id] string InstallationId, string? Pattern);
