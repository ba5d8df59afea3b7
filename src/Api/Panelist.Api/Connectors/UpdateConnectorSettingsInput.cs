using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Connectors;

public sealed record UpdateConnectorSettingsInput([property: Id] string InstallationId, IReadOnlyList<ConnectorSettingInput> Settings,
    [property: Description(EventNames.Subscribed)] IReadOnlyList<string> Events);
