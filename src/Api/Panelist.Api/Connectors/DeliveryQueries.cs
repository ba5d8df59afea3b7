using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

public sealed class DeliveryQueries : IConnectionSource<Delivery>
{
    private DeliveryQueries()
    {
    }

    public static string Entity => "Delivery";

    public static FilterSpec<Delivery> Filters { get; } = new FilterSpec<Delivery>()
        .Field<DeliveryStatus, EnumFilterInputType<DeliveryStatusType>>("status", d => d.Status)
        .Text("eventType", d => d.EventType)
        .Id("installationId", "ConnectorInstallation", d => d.InstallationId)
        .Field<DateTime, DateTimeFilterInputType>("createdAt", d => d.CreatedAt);

    public static SortSpec<Delivery> Sorts { get; } = new SortSpec<Delivery>(d => d.Id)
        .Default("createdAt", d => d.CreatedAt, descending: true)
        .Field("createdAt", d => d.CreatedAt)
        .Field("nextAttemptAt", d => d.NextAttemptAt);

    public static void AddTo(ObjectGraphType query) =>
        query.Connection<DeliveryQueries, DeliveryType, Delivery>("deliveries",
            "Your organization's deliveries to its ATS: filter by status, event type, installation, time.", Roles.ConnectorAdmins,
            ctx => ctx.Db().Deliveries.AsNoTracking());
}
