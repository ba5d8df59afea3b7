using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Panelist.Api.Tests.Auth;

/// <summary>A key pair with its kid: the private half signs tokens, the public half is published.</summary>
public sealed class FakeSigningKey
{
    private FakeSigningKey(AsymmetricSecurityKey key, Func<object> publicJwk)
    {
        Private = key;
        PublicJwk = publicJwk;
    }

    public AsymmetricSecurityKey Private { get; }

    public Func<object> PublicJwk { get; }

    public static FakeSigningKey Create(string algorithm, string kid)
    {
        if (algorithm == SecurityAlgorithms.RsaSha256)
        {
            var rsa = RSA.Create(2048);
            var p = rsa.ExportParameters(false);
            return new FakeSigningKey(new RsaSecurityKey(rsa) { KeyId = kid }, () => new
            {
                kty = "RSA", use = "sig", alg = algorithm, kid,
                n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent),
            });
        }

        var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var q = ec.ExportParameters(false).Q;
        return new FakeSigningKey(new ECDsaSecurityKey(ec) { KeyId = kid }, () => new
        {
            kty = "EC", use = "sig", alg = algorithm, kid, crv = "P-256",
            x = Base64UrlEncoder.Encode(q.X), y = Base64UrlEncoder.Encode(q.Y),
        });
    }
}
