using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Connectors;

/// <summary>ATS connectors: the catalog, installations and deliveries.</summary>
public sealed class ConnectorFeature : SchemaFeature
{
    public override int Order => 90;

    public override void AddQueries(ObjectGraphType query)
    {
        ConnectorCatalogQueries.AddTo(query);
        InstallationQueries.AddTo(query);
        ConnectorSettingValueQueries.AddTo(query);
        DeliveryQueries.AddTo(query);
    }

    public override void AddMutations(ObjectGraphType mutation)
    {
        ConnectorMutations.AddTo(mutation);
        InterviewerMappingMutations.AddTo(mutation);
        ConnectionTest.AddTo(mutation);
    }

    public override void AddSubscriptions(ObjectGraphType subscription)
    {
        DeliverySubscriptions.AddTo(subscription);
    }

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<ConnectorInstallationType>("ConnectorInstallation", Roles.ConnectorAdmins, (ctx, id) => ConnectorLoaders.Installation(ctx, id))
        .Add<DeliveryType>("Delivery", Roles.ConnectorAdmins, (ctx, id) => ConnectorLoaders.Delivery(ctx, id))
        .Add<InterviewerMappingType>("InterviewerMapping", Roles.ConnectorAdmins, (ctx, id) => InterviewerMappingLoaders.Mapping(ctx, id));
}
