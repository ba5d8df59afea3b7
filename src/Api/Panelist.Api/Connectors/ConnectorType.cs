using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Sdk;

namespace Panelist.Api.Connectors;

public sealed class PluginStatusType : EnumerationGraphType<PluginStatus>
{
    public PluginStatusType() => Name = "ConnectorPluginStatus";
}

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("supportedEvents")
            .Resolve(ctx => ctx.Source.Descriptor?.SupportedEvents ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectorSettingFieldType>>>>("settingsSchema")
            .Resolve(ctx => ctx.Source.Descriptor?.SettingsSchema ?? []);
        Field(p => p.ChangedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>));
    }
}

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

public static class ConnectorCatalogQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectorType>>>>("connectors")
            .Description("Every connector plugin and its state (platform admins; client admins see the loaded ones to install).")
            .AllowRoles(Roles.ConnectorAdmins)
            .Resolve(ctx =>
            {
                var plugins = ctx.Service<PluginCatalog>().Plugins;
                return ctx.Actor().Role == Domain.Common.Role.PlatformAdmin ? plugins : plugins.Where(p => p.Status == PluginStatus.Loaded);
            });
}
