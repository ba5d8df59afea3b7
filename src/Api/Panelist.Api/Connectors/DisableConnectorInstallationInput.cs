using GraphQL;

namespace Panelist.Api.Connectors;

public sealed record DisableConnectorInstallationInput([property: Id] string InstallationId);
