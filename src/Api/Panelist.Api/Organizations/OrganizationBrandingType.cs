using GraphQL.Types;
using Panelist.Domain.Organizations;

namespace Panelist.Api.Organizations;

public sealed class OrganizationBrandingType : ObjectGraphType<OrganizationBranding>
{
    public OrganizationBrandingType()
    {
        Name = "OrganizationBranding";
        Description = "How the candidate page shows the client.";
        Field(b => b.DisplayName);
        Field(b => b.LogoUrl, nullable: true).Description("An https URL of the logo image.");
        Field(b => b.PrimaryColor).Description("#RRGGBB behind white text (header, buttons): at least 4.5:1 against white.");
        Field(b => b.AccentColor).Description("#RRGGBB for links and focus rings on the white page: at least 4.5:1 against white.");
    }
}
