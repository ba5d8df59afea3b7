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
        Field(s => s.IsSecret).Description("Encrypted at rest and never returned; an update that leaves it out keeps the stored value.");
        Field(s => s.Description, nullable: true);
        Field(s => s.Kind, type: typeof(NonNullGraphType<ConnectorSettingKindType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectorSettingChoiceType>>>>("choices")
            .Description("The values a CHOICE setting allows; empty when the vendor's values apply (connectorSettingValues).")
            .Resolve(ctx => ctx.Source.Choices);
        Field(s => s.Default, nullable: true).Description("The value used when an installation leaves the setting out.");
    }
}
