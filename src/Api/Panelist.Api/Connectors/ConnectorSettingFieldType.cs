using GraphQL.Types;
using Panelist.Plugins.Sdk;

namespace Panelist.Api.Connectors;

public sealed class ConnectorSettingFieldType : ObjectGraphType<SettingField>
{
    public ConnectorSettingFieldType()
    {
        Name = "ConnectorSettingField";
        Field(s => s.Name);
        Field(s => s.Label);
        Field(s => s.Required);
        Field(s => s.IsSecret).Description("Encrypted at rest and never returned.");
        Field(s => s.Description, nullable: true);
    }
}
