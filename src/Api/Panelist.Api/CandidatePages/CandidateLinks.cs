using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Panelist.Api.CandidatePages;

/// <summary>
/// Issues and reads the candidate page's links. The token is the organization, the interview and the expiry,
/// encrypted and authenticated by ASP.NET Data Protection (keys shared by every replica through the database): it
/// reveals nothing, cannot be altered to name another interview, and is the page's only authority. Expiry is
/// checked against <see cref="TimeProvider"/> (not Data Protection's own clock), so tests can move time.
/// </summary>
public sealed class CandidateLinks(IDataProtectionProvider provider, TimeProvider time, IOptions<CandidatePageOptions> options)
{
    private const string Version = "c1";
    private readonly IDataProtector _protector = provider.CreateProtector("Panelist.CandidatePage.Link.v1");

    public (string Token, DateTimeOffset ExpiresAt) Issue(Guid organizationId, Guid interviewId, DateTimeOffset? expiresAt = null)
    {
        var expiry = expiresAt ?? time.GetUtcNow() + options.Value.LinkLifetime;
        var payload = string.Join('|', Version, organizationId.ToString("N"), interviewId.ToString("N"),
            expiry.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return (_protector.Protect(payload), expiry);
    }

    public (CandidateLinkStatus Status, CandidateLink? Link) Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return (CandidateLinkStatus.Invalid, null);
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return (CandidateLinkStatus.Invalid, null);
        }
        catch (FormatException)
        {
            return (CandidateLinkStatus.Invalid, null);
        }

        var parts = payload.Split('|');
        if (parts.Length != 4 || parts[0] != Version || !Guid.TryParseExact(parts[1], "N", out var organization)
            || !Guid.TryParseExact(parts[2], "N", out var interview) || !long.TryParse(parts[3], CultureInfo.InvariantCulture, out var seconds))
        {
            return (CandidateLinkStatus.Invalid, null);
        }

        var link = new CandidateLink(organization, interview, DateTimeOffset.FromUnixTimeSeconds(seconds));
        return (link.ExpiresAt <= time.GetUtcNow() ? CandidateLinkStatus.Expired : CandidateLinkStatus.Valid, link);
    }
}
