using GraphQL;

namespace Panelist.Api.Connectors;

public sealed record TestConnectorConnectionInput([property: Id] string InstallationId);
