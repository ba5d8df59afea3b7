using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
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
        // An interviewer sees the clients they work for by name only; the slug is how staff sign in.
        Field(o => o.Slug, nullable: true).Description("Null for interviewers, who see a client's id and name only.")
            .AllowRoles(Roles.Organization);
        Field(o => o.Name);
        Field(o => o.IsPlatform, nullable: true).Description("True for the platform operator's own organization; null for interviewers.")
            .AllowRoles(Roles.Organization);
        Field(o => o.CandidateRetentionMonths, nullable: true)
            .Description("Months after a candidate's last interview until the retention job erases them; null: kept until erased on request.")
            .AllowRoles(Roles.Organization);
        Field<OrganizationBrandingType>("branding").Description("The brand on the candidate page; null until setOrganizationBranding.")
            .Resolve(ctx => ctx.Source.Branding);
    }
}
