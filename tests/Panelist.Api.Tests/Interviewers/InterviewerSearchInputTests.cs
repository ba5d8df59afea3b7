using Panelist.Api.Tests.Support;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Interviewers;

/// <summary>
/// Interviewer search input a client gets slightly wrong is either understood (codes in either case)
/// or refused with a message naming the mistake, never answered with a silently wrong or empty list.
/// </summary>
public sealed class InterviewerSearchInputTests(SeededWorlds worlds) : IClassFixture<SeededWorlds>
{
    private const string Search = "query($where: InterviewerFilterInput) { interviewers(first: 100, where: $where) { totalCount nodes { id countryCode rateCard { currency } } } }";

    private static readonly string[] UsdAndEur = ["USD", "EUR"];
    private static readonly string[] German = ["de"];

    public static TheoryData<string, object> RatesWithoutOneCurrency => new()
    {
        { "hourlyRate", new { hourlyRate = new { lte = 150 } } },
        { "perInterviewRate", new { perInterviewRate = new { gte = 100 } } },
        { "hourlyRate", new { or = new object[] { new { rateCurrency = new { eq = "USD" } }, new { hourlyRate = new { lt = 100 } } } } },
        { "hourlyRate", new { not = new { hourlyRate = new { lt = 100 } } } },
        { "hourlyRate", new { rateCurrency = new { @in = UsdAndEur }, hourlyRate = new { lt = 100 } } },
    };

    [Theory]
    [MemberData(nameof(RatesWithoutOneCurrency))]
    public async Task A_rate_filter_without_one_rateCurrency_is_refused_with_BAD_USER_INPUT_naming_the_field(string field, object where)
    {
        using var client = await ClientAsync();

        var response = await client.PostAsync(Search, new { where });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        var message = response.Json.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains(field, message, StringComparison.Ordinal);
        Assert.Contains("rateCurrency", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_filter_with_rateCurrency_in_the_same_or_an_enclosing_filter_compares_that_currency_only()
    {
        using var client = await ClientAsync();

        var same = await client.Query(Search, new { where = new { rateCurrency = new { eq = "eur" }, hourlyRate = new { lte = 1000 } } });
        var enclosing = await client.Query(Search, new { where = new { rateCurrency = new { eq = "EUR" }, or = new object[] { new { hourlyRate = new { lte = 1000 } } } } });

        var currencies = same.At("interviewers.nodes").EnumerateArray().Select(n => n.Str("rateCard.currency")).ToList();
        Assert.NotEmpty(currencies);
        Assert.All(currencies, c => Assert.Equal("EUR", c));
        Assert.Equal(SeededWorld.Ids(same.At("interviewers.nodes")), SeededWorld.Ids(enclosing.At("interviewers.nodes")));
    }

    [Fact]
    public async Task Country_codes_in_a_filter_match_in_either_case()
    {
        using var client = await ClientAsync();

        var upper = await client.Query(Search, new { where = new { countryCode = new { eq = "DE" } } });
        var lower = await client.Query(Search, new { where = new { countryCode = new { eq = "de" } } });
        var list = await client.Query(Search, new { where = new { countryCode = new { @in = German } } });

        Assert.NotEmpty(SeededWorld.Ids(upper.At("interviewers.nodes")));
        Assert.Equal(SeededWorld.Ids(upper.At("interviewers.nodes")), SeededWorld.Ids(lower.At("interviewers.nodes")));
        Assert.Equal(SeededWorld.Ids(upper.At("interviewers.nodes")), SeededWorld.Ids(list.At("interviewers.nodes")));
    }

    [Fact]
    public async Task Language_codes_and_skill_slugs_in_a_filter_match_in_either_case()
    {
        using var client = await ClientAsync();

        var lower = await client.Query(Search, new { where = new { language = new { code = "en" }, skill = new { slug = "java" } } });
        var upper = await client.Query(Search, new { where = new { language = new { code = "EN" }, skill = new { slug = "Java" } } });

        Assert.NotEmpty(SeededWorld.Ids(lower.At("interviewers.nodes")));
        Assert.Equal(SeededWorld.Ids(lower.At("interviewers.nodes")), SeededWorld.Ids(upper.At("interviewers.nodes")));
    }

    [Fact]
    public async Task An_unknown_skill_slug_is_BAD_USER_INPUT_naming_the_slug()
    {
        using var client = await ClientAsync();

        var response = await client.PostAsync(Search, new { where = new { or = new object[] { new { skill = new { slug = "java" } }, new { skill = new { slug = "kotlln" } } } } });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("'kotlln'", response.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_code_is_BAD_USER_INPUT_naming_the_code()
    {
        using var client = await ClientAsync();

        var response = await client.PostAsync(Search, new { where = new { language = new { code = "qq" } } });

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
        Assert.Contains("'qq'", response.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<GraphQLClient> ClientAsync()
    {
        var world = await worlds.For(DatabaseProvider.Sqlite);
        return world.As(Role.Recruiter, world.Acme);
    }
}
