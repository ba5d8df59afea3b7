using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Panelist.Domain.Common;

namespace Panelist.Api.Auth;

/// <summary>Signs tokens with the configured key: for the development endpoint and for tests, never for production logins.</summary>
public sealed class TokenIssuer(IOptions<AuthOptions> options, TimeProvider time)
{
    public string Issue(string subject, Role role, Guid? organizationId, string? organizationSlug, Guid? interviewerId, string? name = null, string? email = null)
    {
        var auth = options.Value;
        var claims = new Dictionary<string, object>
        {
            [PanelistClaims.Subject] = subject,
            [PanelistClaims.Role] = PanelistClaims.RoleName(role),
        };
        if (organizationId is { } org)
        {
            claims[PanelistClaims.OrganizationId] = org.ToString();
            claims[PanelistClaims.OrganizationSlug] = organizationSlug ?? "";
        }

        if (interviewerId is { } interviewer)
        {
            claims[PanelistClaims.InterviewerId] = interviewer.ToString();
        }

        if (name is not null)
        {
            claims[PanelistClaims.Name] = name;
        }

        if (email is not null)
        {
            claims[PanelistClaims.Email] = email;
        }

        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.Add(auth.DevTokenLifetime),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(auth.KeyBytes()), SecurityAlgorithms.HmacSha256),
        });
    }
}
