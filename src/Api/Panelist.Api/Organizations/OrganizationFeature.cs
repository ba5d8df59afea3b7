using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Organizations;

/// <summary>Client organizations (and the platform).</summary>
public sealed class OrganizationFeature : SchemaFeature
{
    public override int Order => 100;

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<OrganizationType>("Organization", Roles.Everyone, (ctx, id) => OrganizationLoaders.Organization(ctx, id));
}
