using GraphQL.Types;
using Panelist.Plugins.Sdk;

namespace Panelist.Api.Connectors;

public sealed class ConnectorSettingKindType : EnumerationGraphType<SettingKind>
{
    public ConnectorSettingKindType()
    {
        Name = "ConnectorSettingKind";
        Description = "What a connector setting holds: how it is checked, stored and shown.";
    }
}
