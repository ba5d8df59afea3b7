using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Interviewers;

public sealed class InterviewerQueryTests
{
    private static readonly SeedOptions Small = SeedOptions.Demo with { Interviewers = 60, Interviews = 60, EngagementsPerOrganization = 2 };

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Interviewers_connection_returns_public_profiles_in_name_order(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await new DemoDataGenerator(database.Options, database.Keys, Small, NullLogger.Instance).GenerateAsync(default);
        await using var api = new PanelistApiFactory(database);
        using var client = api.ClientAs(Role.Recruiter, Organization.PlatformId);

        var response = await client.PostAsync(
            "{ interviewers(first: 5) { totalCount nodes { id name countryCode timeZone status skills { skill { slug } level } languages { code level } } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors, response.Body);
        var connection = response.Data.GetProperty("interviewers");
        Assert.Equal(60, connection.GetProperty("totalCount").GetInt32());
        var interviewers = connection.GetProperty("nodes").EnumerateArray().ToList();
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
    public async Task Email_is_private_to_platform_admins()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoDataGenerator(database.Options, database.Keys, Small, NullLogger.Instance).GenerateAsync(default);
        await using var api = new PanelistApiFactory(database);
        using var recruiter = api.ClientAs(Role.Recruiter, Organization.PlatformId);
        using var admin = api.ClientAs(Role.PlatformAdmin, Organization.PlatformId);

        var refused = await recruiter.PostAsync("{ interviewers(first: 1) { nodes { name email } } }");
        var allowed = await admin.PostAsync("{ interviewers(first: 1) { nodes { name email } } }");

        Assert.Contains("FORBIDDEN", refused.ErrorCodes);
        Assert.False(allowed.HasErrors, allowed.Body);
        Assert.Contains("@", allowed.Data.GetProperty("interviewers").GetProperty("nodes")[0].GetProperty("email").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task First_out_of_range_is_a_typed_error()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(database);
        using var client = api.ClientAs(Role.Recruiter, Organization.PlatformId);

        var response = await client.PostAsync("{ interviewers(first: 500) { nodes { name } } }");

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }
}
