using System.Security.Claims;
using Panelist.Domain.Common;

namespace Panelist.Api.Auth;

/// <summary>The claims our tokens carry, and how they become the domain's <see cref="Actor"/>.</summary>
public static class PanelistClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string OrganizationId = "org_id";
    public const string OrganizationSlug = "org";
    public const string InterviewerId = "interviewer_id";
    public const string Name = "name";

    /// <summary>A staff user's e-mail (OpenID Connect's standard claim); it names who made a change towards the client's ATS.</summary>
    public const string Email = "email";

    /// <summary>Role names as they appear in tokens and in the API: SCREAMING_SNAKE.</summary>
    public static string RoleName(Role role) => role switch
    {
        Domain.Common.Role.PlatformAdmin => "PLATFORM_ADMIN",
        Domain.Common.Role.ClientAdmin => "CLIENT_ADMIN",
        Domain.Common.Role.Recruiter => "RECRUITER",
        Domain.Common.Role.Analyst => "ANALYST",
        Domain.Common.Role.Auditor => "AUDITOR",
        Domain.Common.Role.QualityReviewer => "QUALITY_REVIEWER",
        Domain.Common.Role.Interviewer => "INTERVIEWER",
        _ => "SYSTEM",
    };

    public static bool TryParseRole(string? name, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (candidate != Domain.Common.Role.System && RoleName(candidate) == name)
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>The caller and the organization they act for, or null when the token does not describe one.</summary>
    public static (Actor Actor, Guid? OrganizationId)? ToActor(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || !TryParseRole(user.FindFirst(Role)?.Value, out var role))
        {
            return null;
        }

        var subject = user.FindFirst(Subject)?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        if (string.IsNullOrEmpty(subject))
        {
            return null;
        }

        if (role == Domain.Common.Role.Interviewer)
        {
            return Guid.TryParse(user.FindFirst(InterviewerId)?.Value, out var interviewerId)
                ? (Actor.ForInterviewer(interviewerId), null)
                : null;
        }

        return Guid.TryParse(user.FindFirst(OrganizationId)?.Value, out var organizationId)
            ? (Actor.User(subject, role, user.FindFirst(Email)?.Value), organizationId)
            : null;
    }
}
