using GraphQL;

namespace Panelist.Api.Connectors;

public sealed record UninstallConnectorInput([property: Id] string InstallationId);
