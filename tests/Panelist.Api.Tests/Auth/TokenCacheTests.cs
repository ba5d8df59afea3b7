using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Panelist.Api.Auth;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Auth;

/// <summary>Valid tokens are remembered until they expire, per token, and each request gets claims of its own.</summary>
public sealed class TokenCacheTests
{
    private static readonly SymmetricSecurityKey Key = new(Convert.FromBase64String(PanelistApiFactory.TestSigningKey));

    private static readonly TokenValidationParameters Parameters = new()
    {
        ValidIssuer = "cache-tests",
        ValidAudience = "panelist",
        IssuerSigningKey = Key,
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    [Fact]
    public async Task A_cached_token_is_checked_again_once_its_expiry_has_passed()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var inner = new CountingHandler();
        var handler = new CachedTokenHandler(inner, clock);
        var token = Token("alice", notBefore: clock.GetUtcNow().AddMinutes(-1), expires: clock.GetUtcNow().AddMinutes(5));

        Assert.True((await handler.ValidateTokenAsync(token, Parameters)).IsValid);
        Assert.True((await handler.ValidateTokenAsync(token, Parameters)).IsValid);
        Assert.Equal(1, inner.Calls);

        clock.Advance(TimeSpan.FromMinutes(5));
        await handler.ValidateTokenAsync(token, Parameters);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task A_cached_token_is_refused_once_its_signing_key_is_withdrawn()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var inner = new CountingHandler();
        var handler = new CachedTokenHandler(inner, clock);
        var token = Token("alice", clock.GetUtcNow().AddMinutes(-1), clock.GetUtcNow().AddMinutes(5));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters)).IsValid);

        // The provider's JWKS refreshed without the old key: only the new one is trusted now.
        var rolled = Parameters.Clone();
        rolled.IssuerSigningKey = new SymmetricSecurityKey(new byte[32]);

        Assert.False((await handler.ValidateTokenAsync(token, rolled)).IsValid);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task A_long_lived_token_is_checked_again_after_five_minutes()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var inner = new CountingHandler();
        var handler = new CachedTokenHandler(inner, clock);
        var token = Token("alice", clock.GetUtcNow().AddMinutes(-1), clock.GetUtcNow().AddHours(8));

        await handler.ValidateTokenAsync(token, Parameters);
        clock.Advance(CachedTokenHandler.MaxLifetime - TimeSpan.FromSeconds(1));
        await handler.ValidateTokenAsync(token, Parameters);
        Assert.Equal(1, inner.Calls);

        clock.Advance(TimeSpan.FromSeconds(1));
        await handler.ValidateTokenAsync(token, Parameters);
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public async Task The_cache_never_holds_more_tokens_than_its_capacity()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var handler = new CachedTokenHandler(new CountingHandler(), clock, capacity: 8);

        for (var i = 0; i < 50; i++)
        {
            Assert.True((await handler.ValidateTokenAsync(Token($"user{i}", clock.GetUtcNow().AddMinutes(-1), clock.GetUtcNow().AddMinutes(5)), Parameters)).IsValid);
            Assert.InRange(handler.CachedTokens, 1, 8);
        }
    }

    [Fact]
    public async Task A_token_whose_not_before_is_still_ahead_and_an_invalid_token_are_never_cached()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var inner = new CountingHandler();
        var handler = new CachedTokenHandler(inner, clock);
        // Within the clock skew, so valid, but not yet strictly valid: it must not be answered from the cache.
        var early = Token("alice", notBefore: clock.GetUtcNow().AddSeconds(20), expires: clock.GetUtcNow().AddMinutes(5));
        var forged = Token("mallory", clock.GetUtcNow().AddMinutes(-1), clock.GetUtcNow().AddMinutes(5), new SymmetricSecurityKey(new byte[32]));

        Assert.True((await handler.ValidateTokenAsync(early, Parameters)).IsValid);
        Assert.True((await handler.ValidateTokenAsync(early, Parameters)).IsValid);
        Assert.False((await handler.ValidateTokenAsync(forged, Parameters)).IsValid);
        Assert.False((await handler.ValidateTokenAsync(forged, Parameters)).IsValid);

        Assert.Equal(4, inner.Calls);
        Assert.Equal(0, handler.CachedTokens);
    }

    [Fact]
    public async Task Claims_one_request_adds_reach_neither_the_next_request_nor_another_token()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var handler = new CachedTokenHandler(new CountingHandler(), clock);
        var alice = Token("alice", clock.GetUtcNow().AddMinutes(-1), clock.GetUtcNow().AddMinutes(5));
        var bob = Token("bob", clock.GetUtcNow().AddMinutes(-1), clock.GetUtcNow().AddMinutes(5));

        (await handler.ValidateTokenAsync(alice, Parameters)).ClaimsIdentity.AddClaim(new Claim("role", "PLATFORM_ADMIN"));
        var again = (await handler.ValidateTokenAsync(alice, Parameters)).ClaimsIdentity;
        again.AddClaim(new Claim("role", "PLATFORM_ADMIN"));
        var aliceThird = (await handler.ValidateTokenAsync(alice, Parameters)).ClaimsIdentity;
        var bobs = (await handler.ValidateTokenAsync(bob, Parameters)).ClaimsIdentity;

        Assert.Empty(aliceThird.FindAll("role"));
        Assert.Equal("alice", aliceThird.FindFirst("sub")!.Value);
        Assert.Equal("bob", bobs.FindFirst("sub")!.Value);
        Assert.Empty(bobs.FindAll("role"));
    }

    [Fact]
    public async Task Tokens_of_two_organizations_sent_in_turn_each_see_their_own_organization()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoDataGenerator(database.Options, database.Keys, SeedOptions.Demo with { Interviewers = 10, Interviews = 10, EngagementsPerOrganization = 1 },
            NullLogger.Instance).GenerateAsync(default);
        await using var api = new PanelistApiFactory(database) { Environment = "Development" };
        using var http = api.CreateClient();
        var acme = await DevTokenAsync(http, "acme");
        var globex = await DevTokenAsync(http, "globex");

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal("acme", await OrganizationAsync(http, acme));
            Assert.Equal("globex", await OrganizationAsync(http, globex));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ viewer { role } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", acme[..^2] + (acme.EndsWith("AA", StringComparison.Ordinal) ? "BB" : "AA"));
        using var tampered = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
    }

    private static string Token(string subject, DateTimeOffset notBefore, DateTimeOffset expires, SymmetricSecurityKey? key = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "cache-tests",
            Audience = "panelist",
            Claims = new Dictionary<string, object> { ["sub"] = subject },
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.HmacSha256),
        });

    private static async Task<string> DevTokenAsync(HttpClient http, string organization)
    {
        using var response = await http.PostAsJsonAsync("/dev/token", new { role = "RECRUITER", organization });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("token").GetString()!;
    }

    private static async Task<string?> OrganizationAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ viewer { organization { slug } } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").GetProperty("viewer").GetProperty("organization").GetProperty("slug").GetString();
    }

    /// <summary>The real JSON web token handler, counting how often it is asked.</summary>
    private sealed class CountingHandler : JsonWebTokenHandler
    {
        public CountingHandler() => MapInboundClaims = false;

        public int Calls { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Calls++;
            return base.ValidateTokenAsync(token, validationParameters);
        }
    }
}
