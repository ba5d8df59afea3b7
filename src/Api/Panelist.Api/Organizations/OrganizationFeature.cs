using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Organizations;

/// <summary>Client organizations (and the platform).</summary>
public sealed class OrganizationFeature : SchemaFeature
{
    public override int Order => 100;

    public override void AddMutations(global::GraphQL.Types.ObjectGraphType mutation) =>
        mutation.Mutation<OrganizationType, SetOrganizationBrandingInput, Organization>("setOrganizationBranding", "organization",
            "Sets your organization's brand on the candidate page: name, logo and two colours checked for WCAG AA contrast.",
            [Role.PlatformAdmin, Role.ClientAdmin],
            (ctx, input) => ctx.Service<BrandingService>().SetAsync(input.DisplayName, input.LogoUrl, input.PrimaryColor, input.AccentColor, ctx.CancellationToken));

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<OrganizationType>("Organization", Roles.Everyone, (ctx, id) => OrganizationLoaders.Organization(ctx, id));
}
