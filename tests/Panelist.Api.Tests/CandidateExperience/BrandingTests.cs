using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.CandidateExperience;

/// <summary>setOrganizationBranding keeps the candidate page at WCAG AA: colours below 4.5:1 against white are refused.</summary>
public sealed class BrandingTests
{
    [Theory]
    [InlineData("#000000", 21.0)]
    [InlineData("#FFFFFF", 1.0)]
    [InlineData("#767676", 4.54)]
    [InlineData("#1A4D8F", 8.39)]
    public void Contrast_against_white_follows_the_WCAG_formula(string color, double expected) =>
        Assert.Equal(expected, BrandColors.Contrast(color, BrandColors.White), 2);

    [Fact]
    public async Task SetOrganizationBranding_stores_a_readable_brand_and_refuses_unreadable_or_malformed_ones()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var organizationId = await FlowApi.CreateOrganizationAsync(database, "Brand GmbH");
        await using var api = new PanelistApiFactory(database);
        using var admin = api.ClientAs(Role.ClientAdmin, organizationId);
        using var recruiter = api.ClientAs(Role.Recruiter, organizationId);
        var good = new { displayName = "Brand Careers", logoUrl = "https://brand.example/logo.svg", primaryColor = "#1a4d8f", accentColor = "#767676" };

        var stored = await admin.Ok("setOrganizationBranding", good, "organization { name branding { displayName logoUrl primaryColor accentColor } }");
        FlowApi.AssertUserError(await admin.Refused("setOrganizationBranding", good with { primaryColor = "#FFCC00" }, "organization"),
            "BRAND_CONTRAST_TOO_LOW", "input", "primaryColor");
        FlowApi.AssertUserError(await admin.Refused("setOrganizationBranding", good with { accentColor = "#777777" }, "organization"),
            "BRAND_CONTRAST_TOO_LOW", "input", "accentColor");
        FlowApi.AssertUserError(await admin.Refused("setOrganizationBranding", good with { primaryColor = "navy" }, "organization"),
            "BRAND_COLOR_INVALID", "input", "primaryColor");
        FlowApi.AssertUserError(await admin.Refused("setOrganizationBranding", good with { logoUrl = "javascript:alert(1)" }, "organization"),
            "VALIDATION_FAILED", "input", "logoUrl");
        var forbidden = await recruiter.Refused("setOrganizationBranding", good, "organization");

        Assert.Equal(("Brand Careers", "#1A4D8F", "#767676"),
            (stored.Str("organization.branding.displayName"), stored.Str("organization.branding.primaryColor"), stored.Str("organization.branding.accentColor")));
        Assert.Equal("FORBIDDEN", forbidden.Str("code"));
        var now = await admin.Query("{ viewer { organization { branding { primaryColor } } } }");
        Assert.Equal("#1A4D8F", now.Str("viewer.organization.branding.primaryColor"));
    }
}
