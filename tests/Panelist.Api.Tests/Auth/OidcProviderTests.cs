using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.Tokens;
using Panelist.Api.Auth;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Auth;

/// <summary>
/// Tokens from an OpenID Connect provider (a real HTTP server serving discovery and a JWKS) are accepted next to
/// the development issuer's; its key rollover is followed without a restart; anything not valid is a 401 that says why.
/// </summary>
public sealed class OidcProviderTests : IAsyncLifetime
{
    private const string Viewer = "{ viewer { role subject organization { slug } interviewer { email } } }";
    private static readonly string[] AuditorGroups = ["everyone", "panelist-auditors"];
    private static readonly string[] InterviewerGroups = ["freelancers"];
    private static readonly string[] TwoRoles = ["RECRUITER", "AUDITOR"];
    private TestDatabase _database = null!;
    private string _interviewerEmail = "";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoDataGenerator(_database.Options, _database.Keys, SeedOptions.Demo with { Interviewers = 5, Interviews = 5, EngagementsPerOrganization = 1 },
            NullLogger.Instance).GenerateAsync(default);
        await using var scope = _database.AsSystem(Organization.PlatformId);
        _interviewerEmail = await scope.Db.Interviewers.OrderBy(i => i.Email).Select(i => i.Email).FirstAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.EcdsaSha256)]
    public async Task A_token_signed_with_the_providers_new_key_is_accepted_after_rotation_without_a_restart(string algorithm)
    {
        await using var provider = await FakeOidcProvider.StartAsync(algorithm);
        await using var api = Api(provider);
        using var http = api.CreateClient();

        var before = await PostAsync(http, provider.Token(Claims("RECRUITER", "acme")));
        provider.Rotate();
        var rotated = await PostAsync(http, provider.Token(Claims("RECRUITER", "acme")));
        var again = await PostAsync(http, provider.Token(Claims("RECRUITER", "acme")));

        Assert.Equal("""{"role":"RECRUITER","subject":"user-1","organization":{"slug":"acme"},"interviewer":null}""", ViewerOf(before));
        Assert.Equal("""{"role":"RECRUITER","subject":"user-1","organization":{"slug":"acme"},"interviewer":null}""", ViewerOf(rotated));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.InRange(provider.JwksReads, 2, 3);
    }

    [Fact]
    public async Task Development_tokens_and_provider_tokens_are_accepted_side_by_side()
    {
        await using var provider = await FakeOidcProvider.StartAsync(SecurityAlgorithms.RsaSha256);
        await using var api = Api(provider);
        using var http = api.CreateClient();
        var acme = await OrganizationIdAsync("acme");
        var devToken = api.Services.GetRequiredService<TokenIssuer>().Issue("dev:analyst", Role.Analyst, acme, "acme", null);

        var dev = await PostAsync(http, devToken);
        var oidc = await PostAsync(http, provider.Token(Claims("CLIENT_ADMIN", acme.ToString())));

        Assert.Equal("ANALYST", RoleOf(dev));
        Assert.Equal("""{"role":"CLIENT_ADMIN","subject":"user-1","organization":{"slug":"acme"},"interviewer":null}""", ViewerOf(oidc));
    }

    [Fact]
    public async Task Claim_names_and_role_values_follow_the_configuration()
    {
        await using var provider = await FakeOidcProvider.StartAsync(SecurityAlgorithms.EcdsaSha256);
        await using var api = Api(provider,
            ("Auth:Claims:Role", "groups"), ("Auth:Claims:Organization", "tenant"), ("Auth:Claims:Interviewer", "email"),
            ("Auth:Claims:RoleValues:panelist-auditors", "AUDITOR"), ("Auth:Claims:RoleValues:freelancers", "INTERVIEWER"));
        using var http = api.CreateClient();

        var auditor = await PostAsync(http, provider.Token(new Dictionary<string, object>
        {
            ["sub"] = "a-1", ["groups"] = AuditorGroups, ["tenant"] = "globex",
        }));
        var interviewer = await PostAsync(http, provider.Token(new Dictionary<string, object>
        {
            ["sub"] = "i-1", ["groups"] = InterviewerGroups, ["email"] = _interviewerEmail.ToUpperInvariant(),
        }));

        Assert.Equal("""{"role":"AUDITOR","subject":"a-1","organization":{"slug":"globex"},"interviewer":null}""", ViewerOf(auditor));
        Assert.Equal("INTERVIEWER", RoleOf(interviewer));
        Assert.Equal($$$"""{"email":"{{{_interviewerEmail}}}"}""", ViewerOf(interviewer, "interviewer"));
    }

    [Theory]
    [InlineData("wrong audience", "wrong audience")]
    [InlineData("wrong issuer", "issuer is not trusted")]
    [InlineData("expired", "expired")]
    [InlineData("unknown role", "names none of PLATFORM_ADMIN")]
    [InlineData("two roles", "more than one role")]
    [InlineData("no role", "has no 'role' claim")]
    [InlineData("no organization", "has no 'org_id' claim")]
    [InlineData("unknown organization", "names no organization known here")]
    [InlineData("unknown interviewer", "names no interviewer known here")]
    [InlineData("HMAC under the provider's issuer", "signature does not verify")]
    public async Task A_token_that_is_not_valid_or_does_not_say_who_the_caller_is_gets_401_with_the_reason(string @case, string reason)
    {
        await using var provider = await FakeOidcProvider.StartAsync(SecurityAlgorithms.RsaSha256);
        await using var api = Api(provider);
        using var http = api.CreateClient();
        var token = @case switch
        {
            "wrong audience" => provider.Token(Claims("RECRUITER", "acme"), audience: "someone-else"),
            "wrong issuer" => provider.Token(Claims("RECRUITER", "acme"), issuer: "https://issuer.invalid"),
            "expired" => provider.Token(Claims("RECRUITER", "acme"), expires: DateTime.UtcNow.AddMinutes(-5)),
            "unknown role" => provider.Token(Claims("KING", "acme")),
            "two roles" => provider.Token(new Dictionary<string, object> { ["sub"] = "u", ["role"] = TwoRoles, ["org_id"] = "acme" }),
            "no role" => provider.Token(new Dictionary<string, object> { ["sub"] = "u", ["org_id"] = "acme" }),
            "no organization" => provider.Token(new Dictionary<string, object> { ["sub"] = "u", ["role"] = "RECRUITER" }),
            "unknown organization" => provider.Token(Claims("RECRUITER", "umbrella")),
            "unknown interviewer" => provider.Token(new Dictionary<string, object> { ["sub"] = "u", ["role"] = "INTERVIEWER", ["interviewer_id"] = "nobody@example.com" }),
            _ => HmacToken(provider.Issuer),
        };

        var response = await PostAsync(http, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Contains(reason, response.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private PanelistApiFactory Api(FakeOidcProvider provider, params (string, string)[] settings) =>
        new(_database, [("Auth:Authority", provider.Issuer), ("Auth:RequireHttpsMetadata", "false"), .. settings]);

    private async Task<Guid> OrganizationIdAsync(string slug)
    {
        await using var scope = _database.AsSystem(Organization.PlatformId);
        return await scope.Db.Organizations.Where(o => o.Slug == slug).Select(o => o.Id).FirstAsync();
    }

    private static Dictionary<string, object> Claims(string role, string organization) =>
        new() { ["sub"] = "user-1", ["role"] = role, ["org_id"] = organization };

    /// <summary>A token that claims the provider as issuer but is signed with a shared secret: an algorithm we refuse from providers.</summary>
    private static string HmacToken(string issuer) => new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = issuer,
        Audience = "panelist-api",
        Claims = Claims("RECRUITER", "acme"),
        Expires = DateTime.UtcNow.AddMinutes(5),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(PanelistApiFactory.TestSigningKey)), SecurityAlgorithms.HmacSha256),
    });

    private static async Task<GraphQLResponse> PostAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Viewer }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonDocument.Parse(body).RootElement.Clone(), body);
    }

    private static string ViewerOf(GraphQLResponse response, string? field = null)
    {
        Assert.True(response.Status == HttpStatusCode.OK, response.Body);
        var viewer = response.Data.GetProperty("viewer");
        return (field is null ? viewer : viewer.GetProperty(field)).GetRawText();
    }

    private static string RoleOf(GraphQLResponse response) => response.Data.GetProperty("viewer").GetProperty("role").GetString()!;
}
