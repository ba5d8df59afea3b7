using GraphQL.Types;
using Panelist.Plugins.Hosting;

namespace Panelist.Api.Connectors;

public sealed class PluginStatusType : EnumerationGraphType<PluginStatus>
{
    public PluginStatusType() => Name = "ConnectorPluginStatus";
}
