using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Organizations;

namespace Panelist.Api.Organizations;

public sealed class OrganizationType : ObjectGraphType<Organization>
{
    public OrganizationType()
    {
        Name = "Organization";
        Description = "A client company (the tenant), or the platform operator itself.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field(o => o.Slug);
        Field(o => o.Name);
        Field(o => o.IsPlatform).Description("True for the platform operator's own organization.");
    }
}
