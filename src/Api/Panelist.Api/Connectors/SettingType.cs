using GraphQL.Types;

namespace Panelist.Api.Connectors;

public sealed class SettingType : ObjectGraphType<Setting>
{
    public SettingType()
    {
        Name = "ConnectorSetting";
        Field(s => s.Name);
        Field(s => s.Value);
    }
}
