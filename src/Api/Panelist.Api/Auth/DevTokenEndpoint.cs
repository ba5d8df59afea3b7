using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Auth;

/// <summary>
/// <c>POST /dev/token</c>, Development only: a signed token for a demo user, e.g.
/// <c>{"role":"RECRUITER","organization":"acme"}</c> or <c>{"role":"INTERVIEWER"}</c>
/// (optionally <c>"interviewer":"&lt;id, email or uuid&gt;"</c>, the id as the API hands it out). Outside Development the route does not exist (404).
/// </summary>
public static class DevTokenEndpoint
{
    public sealed record DevTokenRequest(string? Role, string? Organization, string? Interviewer);

    public static WebApplication MapDevTokenEndpoint(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        app.MapPost("/dev/token", async (DevTokenRequest? request, PanelistDbContext db, TokenIssuer issuer, CancellationToken ct) =>
        {
            if (request is null || !PanelistClaims.TryParseRole(request.Role, out var role))
            {
                return Problem("role must be one of PLATFORM_ADMIN, CLIENT_ADMIN, RECRUITER, ANALYST, AUDITOR, INTERVIEWER.");
            }

            if (role == Domain.Common.Role.Interviewer)
            {
                var interviewer = await FindInterviewer(db, request.Interviewer, ct);
                return interviewer is null
                    ? Problem("No such interviewer.")
                    : Results.Ok(new { token = issuer.Issue($"dev:{interviewer.Email}", role, null, null, interviewer.Id, interviewer.Name), role = request.Role, interviewerId = interviewer.Id });
            }

            var slug = request.Organization ?? (role == Domain.Common.Role.PlatformAdmin ? Domain.Organizations.Organization.PlatformSlug : null);
            var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, ct);
            if (organization is null)
            {
                return Problem("organization must be the slug of an existing organization, e.g. \"acme\".");
            }

            var subject = $"dev:{request.Role!.ToLowerInvariant()}@{organization.Slug}";
            return Results.Ok(new { token = issuer.Issue(subject, role, organization.Id, organization.Slug, null, subject), role = request.Role, organization = organization.Slug });
        });
        return app;
    }

    private static async Task<Interviewer?> FindInterviewer(PanelistDbContext db, string? key, CancellationToken ct)
    {
        var interviewers = db.Interviewers.AsNoTracking();
        // Clients hold the opaque global id the API gives them; the raw uuid stays accepted for scripts.
        if (GlobalId.TryDecode(key, out var typeName, out var globalId))
        {
            return typeName == "Interviewer" ? await interviewers.FirstOrDefaultAsync(i => i.Id == globalId, ct) : null;
        }

        if (Guid.TryParse(key, out var id))
        {
            return await interviewers.FirstOrDefaultAsync(i => i.Id == id, ct);
        }

        if (!string.IsNullOrWhiteSpace(key))
        {
            var email = key.Trim().ToLowerInvariant();
            return await interviewers.FirstOrDefaultAsync(i => i.Email == email, ct);
        }

        // The demo interviewer: an active one who holds accepted assignments, so there is something to see.
        var busy = db.Assignments.IgnoreQueryFilters().Where(a => a.Status == AssignmentStatus.Accepted).Select(a => a.InterviewerId);
        return await interviewers.Where(i => i.Status == InterviewerStatus.Active && busy.Contains(i.Id)).OrderBy(i => i.Id).FirstOrDefaultAsync(ct);
    }

    private static IResult Problem(string message) =>
        Results.Json(new { errors = new[] { new { message, extensions = new { code = "BAD_USER_INPUT" } } } }, statusCode: 400);
}
