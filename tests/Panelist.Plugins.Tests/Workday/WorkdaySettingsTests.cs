using Panelist.Plugins.Tests.Support;
using Panelist.Testing;

namespace Panelist.Plugins.Tests.Workday;

/// <summary>Settings validation of the built Workday plugin, through the host's catalog: the credentials the chosen authentication needs and the reference map's shape.</summary>
public sealed class WorkdaySettingsTests
{
    private static Dictionary<string, string> Valid() => new()
    {
        ["baseUrl"] = "https://wd2-impl-services1.workday.com",
        ["tenant"] = "acme_impl",
        ["clientId"] = "client",
        ["clientSecret"] = "secret",
        ["refreshToken"] = "rt",
        ["referenceMap"] = WorkdayWorld.ReferenceMapJson,
    };

    [Fact]
    public async Task Complete_OAuth_settings_with_a_well_formed_reference_map_are_valid()
    {
        await using var catalog = await TestCatalog.LoadAsync(RepositoryPaths.Plugins);

        var result = await catalog.ValidateSettingsAsync("workday", Valid(), default);

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    [Theory]
    [InlineData("""{"recommendations":{"Maybe":"x"}}""", "'recommendations.Maybe': the key must be one of StrongNo, No, Yes, StrongYes, NoDecision.")]
    [InlineData("""{"ratings":{"three":"x"}}""", "'ratings.three': the key must be a whole number.")]
    [InlineData("""{"criteria":{"design":{"type":"WID"}}}""", "'criteria.design' must be a WID string or {\"type\": \"...\", \"id\": \"...\"}.")]
    [InlineData("""{"criteria":[]}""", "'criteria' must be an object of references.")]
    [InlineData("""{"competencies":{}}""", "has an unknown section 'competencies'")]
    [InlineData("""[1]""", "must be a JSON object.")]
    public async Task A_malformed_reference_map_is_refused_with_the_path_at_fault(string map, string expected)
    {
        await using var catalog = await TestCatalog.LoadAsync(RepositoryPaths.Plugins);
        var settings = Valid();
        settings["referenceMap"] = map;

        var result = await catalog.ValidateSettingsAsync("workday", settings, default);

        var error = Assert.Single(result.Errors);
        Assert.Equal("referenceMap", error.Field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_authentication_asks_for_its_own_credentials_and_the_version_and_back_off_are_checked()
    {
        await using var catalog = await TestCatalog.LoadAsync(RepositoryPaths.Plugins);
        var oauth = Valid();
        oauth.Remove("refreshToken");
        oauth["apiVersion"] = "31";
        oauth["throttleSeconds"] = "-1";
        var ws = Valid();
        ws["authMode"] = "wsSecurity";

        var oauthResult = await catalog.ValidateSettingsAsync("workday", oauth, default);
        var wsResult = await catalog.ValidateSettingsAsync("workday", ws, default);

        Assert.Equal(["refreshToken", "apiVersion", "throttleSeconds"], oauthResult.Errors.Select(e => e.Field));
        Assert.Equal(["username", "password"], wsResult.Errors.Select(e => e.Field));
    }
}
