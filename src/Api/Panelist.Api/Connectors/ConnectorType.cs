using GraphQL.Types;
using Panelist.Plugins.Hosting;

namespace Panelist.Api.Connectors;

/// <summary>A connector plugin as the host sees it: loaded, or refused / faulted with the reason.</summary>
public sealed class ConnectorType : ObjectGraphType<PluginState>
{
    public ConnectorType()
    {
        Name = "Connector";
        Field(p => p.Id).Description("The plugin id (its folder under plugins/).");
        Field(p => p.Status, type: typeof(NonNullGraphType<PluginStatusType>));
        Field(p => p.Reason, nullable: true).Description("Why it was rejected or faulted.");
        Field(p => p.Version, nullable: true);
        Field(p => p.SdkVersion, nullable: true);
        Field<StringGraphType>("name").Resolve(ctx => ctx.Source.Descriptor?.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("supportedEvents").Description(EventNames.Supported)
            .Resolve(ctx => ctx.Source.Descriptor?.SupportedEvents ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectorSettingFieldType>>>>("settingsSchema")
            .Resolve(ctx => ctx.Source.Descriptor?.SettingsSchema ?? []);
        Field(p => p.ChangedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
    }
}
