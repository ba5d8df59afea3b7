using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Auth;

/// <summary>POST /dev/token signs demo tokens in Development only; the tokens are what the API accepts.</summary>
public sealed class DevTokenTests
{
    [Fact]
    public async Task Dev_token_signs_a_working_token_for_a_demo_user_in_Development()
    {
        await using var database = await SeededAsync();
        await using var api = new PanelistApiFactory(database) { Environment = "Development" };
        using var http = api.CreateClient();

        var recruiter = await TokenAsync(http, new { role = "RECRUITER", organization = "acme" });
        var interviewer = await TokenAsync(http, new { role = "INTERVIEWER" });
        using var badRole = await http.PostAsJsonAsync("/dev/token", new { role = "KING", organization = "acme" });
        using var badOrganization = await http.PostAsJsonAsync("/dev/token", new { role = "RECRUITER", organization = "nope" });

        Assert.Equal("""{"role":"RECRUITER","organization":{"slug":"acme"}}""", await ViewerAsync(http, recruiter, "{ viewer { role organization { slug } } }"));
        Assert.Contains("\"INTERVIEWER\"", await ViewerAsync(http, interviewer, "{ viewer { role interviewer { id } } }"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Contains("BAD_USER_INPUT", await badRole.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badOrganization.StatusCode);
    }

    [Fact]
    public async Task Dev_token_accepts_the_interviewer_id_the_API_hands_out_as_well_as_email_and_uuid()
    {
        await using var database = await SeededAsync();
        await using var api = new PanelistApiFactory(database) { Environment = "Development" };
        using var http = api.CreateClient();
        var recruiter = await TokenAsync(http, new { role = "RECRUITER", organization = "acme" });
        var listed = await ViewerDataAsync(http, recruiter, "{ interviewers(first: 1) { nodes { id } } }");
        var globalId = listed.GetProperty("interviewers").GetProperty("nodes")[0].GetProperty("id").GetString()!;
        Assert.True(Panelist.Api.GraphQL.Relay.GlobalId.TryDecode(globalId, out _, out var uuid));
        var email = await EmailAsync(http, globalId);

        var byGlobalId = await TokenAsync(http, new { role = "INTERVIEWER", interviewer = globalId });
        var byUuid = await TokenAsync(http, new { role = "INTERVIEWER", interviewer = uuid.ToString() });
        var byEmail = await TokenAsync(http, new { role = "INTERVIEWER", interviewer = email.ToUpperInvariant() });
        var engagementId = (await ViewerDataAsync(http, recruiter, "{ engagements(first: 1) { nodes { id } } }"))
            .GetProperty("engagements").GetProperty("nodes")[0].GetProperty("id").GetString();
        using var wrongType = await http.PostAsJsonAsync("/dev/token", new { role = "INTERVIEWER", interviewer = engagementId });

        foreach (var token in new[] { byGlobalId, byUuid, byEmail })
        {
            Assert.Equal(globalId, (await ViewerDataAsync(http, token, "{ viewer { interviewer { id } } }")).GetProperty("viewer").GetProperty("interviewer").GetProperty("id").GetString());
        }

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
    }

    private static async Task<string> EmailAsync(HttpClient http, string interviewerId)
    {
        var admin = await TokenAsync(http, new { role = "PLATFORM_ADMIN" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "query($id: ID!) { interviewer(id: $id) { email } }", variables = new { id = interviewerId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        using var response = await http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").GetProperty("interviewer").GetProperty("email").GetString()!;
    }

    [Fact]
    public async Task Dev_token_does_not_exist_outside_Development()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var api = new PanelistApiFactory(database);
        using var http = api.CreateClient();

        using var response = await http.PostAsJsonAsync("/dev/token", new { role = "RECRUITER", organization = "acme" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<TestDatabase> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoDataGenerator(database.Options, database.Keys, SeedOptions.Demo with { Interviewers = 30, Interviews = 30, EngagementsPerOrganization = 1 },
            NullLogger.Instance).GenerateAsync(default);
        return database;
    }

    private static async Task<string> TokenAsync(HttpClient http, object request)
    {
        using var response = await http.PostAsJsonAsync("/dev/token", request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("token").GetString()!;
    }

    private static async Task<string> ViewerAsync(HttpClient http, string token, string query) =>
        (await ViewerDataAsync(http, token, query)).GetProperty("viewer").GetRawText();

    private static async Task<JsonElement> ViewerDataAsync(HttpClient http, string token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").Clone();
    }
}
