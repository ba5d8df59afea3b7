using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Plugins.Hosting.Calling;

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
                var check = (await ctx.Service<ConnectorCaller>().CheckConnectionAsync(installation, ctx.CancellationToken)).Result;
                return Result.Success(new ConnectionTestResult(check.Succeeded, check.Reason));
            });
}
