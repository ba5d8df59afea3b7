using System.ComponentModel;

namespace Panelist.Api.Connectors;

public sealed record InstallConnectorInput(string ConnectorId, string Name, IReadOnlyList<ConnectorSettingInput> Settings,
    [property: Description(EventNames.Subscribed)] IReadOnlyList<string> Events);
