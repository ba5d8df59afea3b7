using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;

namespace Panelist.Domain.Organizations;

/// <summary>Sets how the client's candidate page looks; only the client's admins (or the platform) may.</summary>
public sealed class BrandingService(DomainScope scope) : DomainService(scope)
{
    public Task<Result<Organization>> SetAsync(string displayName, string? logoUrl, string primaryColor, string accentColor, CancellationToken ct = default) =>
        Run(async () =>
        {
            if (Actor.Role is not (Role.System or Role.PlatformAdmin or Role.ClientAdmin))
            {
                throw new DomainRuleException(ErrorCodes.Forbidden, $"The role {ApiNames.Of(Actor.Role)} cannot change the organization's branding.");
            }

            var id = CurrentOrganization;
            var organization = Found(await Db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct), "organization", "organizationId");
            var primary = BrandColors.Parse(primaryColor, "primaryColor");
            var accent = BrandColors.Parse(accentColor, "accentColor");
            BrandColors.EnsureReadable(primary, BrandColors.White, "primaryColor", "behind white text");
            BrandColors.EnsureReadable(accent, BrandColors.White, "accentColor", "on the white page");
            var branding = new OrganizationBranding(Guard.Required(displayName, "displayName", 100),
                logoUrl is null ? null : Guard.HttpsUrl(logoUrl, "logoUrl"), primary, accent);
            organization.SetBranding(branding);
            Audit.Record("organization.branding_set", nameof(Organization), organization.Id,
                new { branding.DisplayName, branding.LogoUrl, branding.PrimaryColor, branding.AccentColor });
            return organization;
        }, ct);
}
