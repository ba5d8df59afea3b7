using GraphQL.Types;
using Panelist.Plugins.Sdk;

namespace Panelist.Api.Connectors;

public sealed class ConnectorSettingKindType : EnumerationGraphType<SettingKind>
{
    public ConnectorSettingKindType()
    {
        Name = "ConnectorSettingKind";
        Description = "What a connector setting holds: how it is checked, stored and shown.";
        Describe(SettingKind.Text, "Free text.");
        Describe(SettingKind.Secret, "A secret: encrypted at rest and never returned.");
        Describe(SettingKind.Url, "An absolute http or https URL.");
        Describe(SettingKind.Choice, "One of the field's choices or, when it has none, of the ATS's values (connectorSettingValues).");
        Describe(SettingKind.Json, "A JSON document; the connector checks its shape.");
    }

    private void Describe(SettingKind kind, string description) => Values.First(v => Equals(v.Value, kind)).Description = description;
}
