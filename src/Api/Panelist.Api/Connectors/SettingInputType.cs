using GraphQL.Types;

namespace Panelist.Api.Connectors;

public sealed class SettingInputType : InputObjectGraphType
{
    public SettingInputType()
    {
        Name = "ConnectorSettingInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("value").Description("Secret values are encrypted at rest and never returned.");
    }
}
