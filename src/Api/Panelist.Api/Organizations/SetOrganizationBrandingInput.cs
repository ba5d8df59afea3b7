namespace Panelist.Api.Organizations;

/// <summary>Colours as #RRGGBB; each must reach WCAG AA (4.5:1) against white, or the payload says BRAND_CONTRAST_TOO_LOW.</summary>
public sealed record SetOrganizationBrandingInput(string DisplayName, string? LogoUrl, string PrimaryColor, string AccentColor);
