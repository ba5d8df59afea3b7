using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Interviewers;

public sealed class InterviewerQueryTests
{
    private static readonly SeedOptions Small = SeedOptions.Demo with { Interviewers = 40, Interviews = 60, EngagementsPerOrganization = 2 };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Interviewers_query_returns_public_profiles_over_HTTP(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await new DemoDataGenerator(database.Options, Small, NullLogger.Instance).GenerateAsync(default);
        await using var api = new PanelistApiFactory(database);
        using var client = api.CreateClient();

        var response = await client.PostAsJsonAsync("/graphql", new
        {
            query = "{ interviewers(first: 5) { id name countryCode timeZone status skills { skill { slug } level } languages { code level } } }",
        });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var interviewers = json.RootElement.GetProperty("data").GetProperty("interviewers").EnumerateArray().ToList();
        Assert.Equal(5, interviewers.Count);
        var names = interviewers.Select(i => i.GetProperty("name").GetString()!).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.All(interviewers, i =>
        {
            Assert.Matches("^[A-Z]{2}$", i.GetProperty("countryCode").GetString());
            Assert.NotEmpty(i.GetProperty("skills").EnumerateArray());
            Assert.NotEmpty(i.GetProperty("languages").EnumerateArray());
        });
    }

    [Fact]
    public async Task Email_is_not_part_of_the_public_profile()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(database);
        using var client = api.CreateClient();

        var response = await client.PostAsJsonAsync("/graphql", new { query = "{ interviewers { email } }" });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.False(json.RootElement.TryGetProperty("data", out _));
        var error = json.RootElement.GetProperty("errors")[0];
        Assert.Contains("email", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task First_out_of_range_is_a_typed_error()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(database);
        using var client = api.CreateClient();

        var response = await client.PostAsJsonAsync("/graphql", new { query = "{ interviewers(first: 500) { name } }" });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("BAD_USER_INPUT", json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
