using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

public sealed class InstallationQueries : IConnectionSource<ConnectorInstallation>
{
    private InstallationQueries()
    {
    }

    public static string Entity => "ConnectorInstallation";

    public static FilterSpec<ConnectorInstallation> Filters { get; } = new FilterSpec<ConnectorInstallation>()
        .Text("connectorId", i => i.ConnectorId)
        .Field<InstallationStatus, EnumFilterInputType<InstallationStatusType>>("status", i => i.Status);

    public static SortSpec<ConnectorInstallation> Sorts { get; } = new SortSpec<ConnectorInstallation>(i => i.Id)
        .Default("createdAt", i => i.CreatedAt, descending: true)
        .Field("createdAt", i => i.CreatedAt)
        .Field("connectorId", i => i.ConnectorId);

    public static void AddTo(ObjectGraphType query) =>
        query.Connection<InstallationQueries, ConnectorInstallationType, ConnectorInstallation>("connectorInstallations",
            "Your organization's connector installations.", Roles.ConnectorAdmins, ctx => ctx.Db().ConnectorInstallations.AsNoTracking());
}
