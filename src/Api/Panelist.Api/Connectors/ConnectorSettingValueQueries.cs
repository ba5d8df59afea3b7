using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Relay;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Hosting.Calling;

namespace Panelist.Api.Connectors;

/// <summary>The vendor's values of a setting (Lever feedback templates, Workday references), for a settings UI.</summary>
public static class ConnectorSettingValueQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<ListGraphType<NonNullGraphType<ConnectorSettingChoiceType>>>("connectorSettingValues")
            .Description("The values the ATS offers for one setting of an installation, listed by its connector with the stored settings. "
                + "BAD_USER_INPUT for a setting the connector does not have; CONNECTOR_FAILED when the connector lists no values or cannot reach the ATS.")
            .Argument<NonNullGraphType<IdGraphType>>("installationId", "The connector installation.")
            .Argument<NonNullGraphType<StringGraphType>>("setting", "The setting's name, as in the connector's settingsSchema.")
            .AllowRoles(Roles.ConnectorAdmins)
            .ResolveAsync(async ctx =>
            {
                var id = NodeQueries.IdOf(ctx, "ConnectorInstallation", "installationId");
                var setting = ctx.GetArgument<string>("setting");
                var installation = await ctx.Db().ConnectorInstallations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ctx.CancellationToken)
                    ?? throw ApiError.NotFound("connector installation");
                var schema = ctx.Service<PluginCatalog>().Find(installation.ConnectorId)?.Descriptor?.SettingsSchema;
                if (schema is not null && !schema.Any(f => f.Name == setting))
                {
                    throw ApiError.BadInput($"'{setting}' is not a setting of connector '{installation.ConnectorId}'.");
                }

                var listed = (await ctx.Service<ConnectorCaller>().ListSettingValuesAsync(installation, setting, ctx.CancellationToken)).Result;
                return listed.Succeeded ? listed.Values : throw new ApiError(ApiErrorCodes.ConnectorFailed, listed.Reason!);
            });
}
