using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Panelist.Api.Tests.Auth;

/// <summary>
/// An OpenID Connect provider on a real socket (Kestrel, 127.0.0.1, a free port): a discovery document and a
/// JWKS holding one current signing key (RS256 or ES256). <see cref="Rotate"/> replaces the key under a new
/// <c>kid</c>, as a provider's key rollover does; tokens are signed with whichever key the test asks for.
/// </summary>
public sealed class FakeOidcProvider : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile FakeSigningKey _current;
    private int _generation;
    private int _jwksReads;

    private FakeOidcProvider(WebApplication app, string algorithm)
    {
        _app = app;
        Algorithm = algorithm;
        _current = FakeSigningKey.Create(algorithm, "key-1");
    }

    public string Algorithm { get; }

    public string Issuer { get; private set; } = "";

    public FakeSigningKey CurrentKey => _current;

    /// <summary>How often the API has fetched the key set.</summary>
    public int JwksReads => _jwksReads;

    public static async Task<FakeOidcProvider> StartAsync(string algorithm)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeOidcProvider(app, algorithm);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = provider.Issuer,
            ["jwks_uri"] = provider.Issuer + "/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { algorithm },
        }));
        app.MapGet("/jwks", () =>
        {
            Interlocked.Increment(ref provider._jwksReads);
            return Results.Json(new { keys = new[] { provider._current.PublicJwk() } });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider.Issuer = address.TrimEnd('/');
        return provider;
    }

    /// <summary>A new key with a new kid replaces the published one; returns the key that was current before.</summary>
    public FakeSigningKey Rotate()
    {
        var previous = _current;
        _current = FakeSigningKey.Create(Algorithm, $"key-{Interlocked.Increment(ref _generation) + 1}");
        return previous;
    }

    public string Token(IDictionary<string, object> claims, FakeSigningKey? key = null, string? issuer = null, string audience = "panelist-api",
        DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var signing = key ?? _current;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = (expires ?? now.AddMinutes(10)).AddMinutes(-20),
            NotBefore = (expires ?? now.AddMinutes(10)).AddMinutes(-20),
            Expires = expires ?? now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(signing.Private, Algorithm),
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
