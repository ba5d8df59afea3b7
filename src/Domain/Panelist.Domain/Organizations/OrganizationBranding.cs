namespace Panelist.Domain.Organizations;

/// <summary>
/// A client's brand on candidate-facing pages. Colours are <c>#RRGGBB</c>, checked by <see cref="BrandColors"/> for
/// WCAG AA: the primary colour carries white text, the accent colour is text and focus rings on the white page.
/// </summary>
public sealed record OrganizationBranding(string DisplayName, string? LogoUrl, string PrimaryColor, string AccentColor);
