using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Sdk;

namespace Panelist.Api.Connectors;

public static class ConnectionTest
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<ConnectionTestResultType, TestConnectorConnectionInput, ConnectionTestResult>("testConnectorConnection", "result",
            "Asks the connector to reach the ATS with the installation's stored settings; changes nothing.", Roles.ConnectorAdmins,
            async (ctx, input) =>
            {
                var id = ConnectorMutations.Id(input.InstallationId);
                var installation = await ctx.Db().ConnectorInstallations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ctx.CancellationToken)
                    ?? throw new DomainRuleException(ErrorCodes.NotFound, "No connector installation with that id exists here.", "installationId");
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
                var check = await ctx.Service<PluginCatalog>().CheckConnectionAsync(installation.ConnectorId, new ConnectorContext
                {
                    InstallationId = installation.Id,
                    Settings = InstallationSettings.Read(installation, ctx.Service<ISecretProtector>()),
                    HttpClient = http,
                    Logger = ctx.Service<ILoggerFactory>().CreateLogger($"Panelist.Connectors.{installation.ConnectorId}"),
                }, ctx.CancellationToken);
                return Result.Success(new ConnectionTestResult(check.Succeeded, check.Reason));
            });
}
