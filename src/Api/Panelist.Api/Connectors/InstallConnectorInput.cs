using System.ComponentModel;

namespace Panelist.Api.Connectors;

public sealed record InstallConnectorInput(string ConnectorId, string Name, IReadOnlyList<ConnectorSettingInput> Settings,
    [property: Description("Integration events to deliver, e.g. InterviewScheduled, ScorecardSubmitted.")] IReadOnlyList<string> Events);
