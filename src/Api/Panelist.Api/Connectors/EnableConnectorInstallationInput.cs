using GraphQL;

namespace Panelist.Api.Connectors;

public sealed record EnableConnectorInstallationInput([property: Id] string InstallationId);
