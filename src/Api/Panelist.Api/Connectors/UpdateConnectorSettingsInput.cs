using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Connectors;

public sealed record UpdateConnectorSettingsInput([property: Id] string InstallationId, IReadOnlyList<ConnectorSettingInput> Settings,
    [property: Description("Integration events to deliver, e.g. InterviewScheduled, ScorecardSubmitted.")] IReadOnlyList<string> Events);
