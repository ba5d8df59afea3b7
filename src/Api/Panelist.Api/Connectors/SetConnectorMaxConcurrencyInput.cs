using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Connectors;

public sealed record SetConnectorMaxConcurrencyInput([property: Id] string InstallationId,
    [property: Description("At most this many requests to the ATS at once, per server: 1 to 64, or null for no limit beyond the vendor's rate limit.")]
    int? MaxConcurrency);
