using GraphQL.Types;
using Panelist.Plugins.Sdk;

namespace Panelist.Api.Connectors;

/// <summary>A value a setting may take, declared by the connector or listed from the vendor.</summary>
public sealed class ConnectorSettingChoiceType : ObjectGraphType<SettingChoice>
{
    public ConnectorSettingChoiceType()
    {
        Name = "ConnectorSettingChoice";
        Description = "A value a connector setting may take, with the label to show.";
        Field(c => c.Value).Description("What is stored in the setting.");
        Field(c => c.Label);
    }
}
