using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Auth;

/// <summary>
/// Turns a validated token from the OpenID Connect provider into the principal our tokens describe (<c>sub</c>,
/// <c>role</c>, <c>org_id</c> or <c>interviewer_id</c>), following <see cref="ClaimNameOptions"/>. A token that
/// does not name exactly one of our roles and its organization or interviewer is refused with the reason.
/// </summary>
public static class ProviderClaimsMapper
{
    public static async Task<ClaimsPrincipal> MapAsync(ClaimsPrincipal token, ClaimNameOptions names, PanelistDbContext db, CancellationToken ct)
    {
        var subject = Value(token, names.Subject) ?? throw new TokenClaimsException($"The token has no '{names.Subject}' claim.");
        var role = Role(token, names);
        var claims = new List<Claim>
        {
            new(PanelistClaims.Subject, subject),
            new(PanelistClaims.Role, PanelistClaims.RoleName(role)),
            new(PanelistClaims.Name, Value(token, names.Name) ?? subject),
        };

        if (role == Domain.Common.Role.Interviewer)
        {
            claims.Add(new Claim(PanelistClaims.InterviewerId, (await InterviewerAsync(token, names, db, ct)).ToString()));
        }
        else
        {
            if (Value(token, names.Email) is { } email)
            {
                claims.Add(new Claim(PanelistClaims.Email, email));
            }

            var (id, slug) = await OrganizationAsync(token, names, role, db, ct);
            claims.Add(new Claim(PanelistClaims.OrganizationId, id.ToString()));
            claims.Add(new Claim(PanelistClaims.OrganizationSlug, slug));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "oidc", PanelistClaims.Name, PanelistClaims.Role));
    }

    private static Role Role(ClaimsPrincipal token, ClaimNameOptions names)
    {
        var values = token.FindAll(names.Role).Select(c => c.Value).ToList();
        if (values.Count == 0)
        {
            throw new TokenClaimsException($"The token has no '{names.Role}' claim; it must name one of {AllRoles()}.");
        }

        var roles = values.Select(v => MapRole(v, names)).OfType<Role>().Distinct().ToList();
        return roles.Count switch
        {
            1 => roles[0],
            0 => throw new TokenClaimsException($"The token's '{names.Role}' claim ({string.Join(", ", values)}) names none of {AllRoles()}."),
            _ => throw new TokenClaimsException(
                $"The token's '{names.Role}' claim names more than one role ({string.Join(", ", roles.Select(PanelistClaims.RoleName))}); a token acts in one."),
        };
    }

    private static Role? MapRole(string value, ClaimNameOptions names)
    {
        var mapped = names.RoleValues.FirstOrDefault(p => string.Equals(p.Key, value, StringComparison.OrdinalIgnoreCase)).Value ?? value;
        return PanelistClaims.TryParseRole(mapped.ToUpperInvariant(), out var role) ? role : null;
    }

    private static async Task<(Guid Id, string Slug)> OrganizationAsync(ClaimsPrincipal token, ClaimNameOptions names, Role role, PanelistDbContext db,
        CancellationToken ct)
    {
        var value = Value(token, names.Organization);
        if (value is null)
        {
            return role == Domain.Common.Role.PlatformAdmin
                ? (Organization.PlatformId, Organization.PlatformSlug)
                : throw new TokenClaimsException($"The token has no '{names.Organization}' claim naming the organization (its id or slug).");
        }

        var organizations = db.Organizations.IgnoreQueryFilters().AsNoTracking();
        var found = Guid.TryParse(value, out var id)
            ? await organizations.Where(o => o.Id == id).Select(o => new { o.Id, o.Slug }).FirstOrDefaultAsync(ct)
            : await organizations.Where(o => o.Slug == value).Select(o => new { o.Id, o.Slug }).FirstOrDefaultAsync(ct);
        return found is null
            ? throw new TokenClaimsException($"The token's '{names.Organization}' claim names no organization known here ('{value}').")
            : (found.Id, found.Slug);
    }

    private static async Task<Guid> InterviewerAsync(ClaimsPrincipal token, ClaimNameOptions names, PanelistDbContext db, CancellationToken ct)
    {
        var value = Value(token, names.Interviewer)
            ?? throw new TokenClaimsException($"The token has no '{names.Interviewer}' claim naming the interviewer (their id or email).");
        var interviewers = db.Interviewers.IgnoreQueryFilters().AsNoTracking();
        var email = value.Trim().ToLowerInvariant();
        Guid? found = Guid.TryParse(value, out var id)
            ? await interviewers.Where(i => i.Id == id).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct)
            : await interviewers.Where(i => i.Email == email).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
        return found ?? throw new TokenClaimsException($"The token's '{names.Interviewer}' claim names no interviewer known here.");
    }

    private static string? Value(ClaimsPrincipal token, string name) => token.FindFirst(name)?.Value is { Length: > 0 } value ? value : null;

    private static string AllRoles() =>
        string.Join(", ", Enum.GetValues<Role>().Where(r => r != Domain.Common.Role.System).Select(PanelistClaims.RoleName));
}
