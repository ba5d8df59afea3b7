namespace Panelist.Api.Auth;

/// <summary>
/// <c>Auth:Claims</c>: the claim names an OpenID Connect provider uses for what Panelist needs. The defaults are our
/// own names, so a provider configured to emit them needs nothing here.
/// </summary>
public sealed class ClaimNameOptions
{
    public string Subject { get; set; } = PanelistClaims.Subject;

    public string Name { get; set; } = PanelistClaims.Name;

    /// <summary>A staff user's e-mail; an interviewer's is never read from the token (it is private and stays in Panelist).</summary>
    public string Email { get; set; } = PanelistClaims.Email;

    /// <summary>A single value or an array; exactly one value must map to a role.</summary>
    public string Role { get; set; } = PanelistClaims.Role;

    /// <summary>The organization's UUID or its slug (e.g. <c>acme</c>). A platform admin without one works on the platform.</summary>
    public string Organization { get; set; } = PanelistClaims.OrganizationId;

    /// <summary>The interviewer's UUID or email, for the <c>INTERVIEWER</c> role.</summary>
    public string Interviewer { get; set; } = PanelistClaims.InterviewerId;

    /// <summary>The provider's role values mapped to ours (e.g. <c>panelist-recruiter</c> → <c>RECRUITER</c>); our own names always map.</summary>
    public Dictionary<string, string> RoleValues { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
