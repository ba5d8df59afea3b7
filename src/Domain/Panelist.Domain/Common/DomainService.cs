using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Audits;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviews;
using Panelist.Domain.Persistence;
using Panelist.Domain.Scorecards;

namespace Panelist.Domain.Common;

/// <summary>
/// Base of the services that own state changes: each public operation runs in <see cref="Run{T}"/>,
/// so it commits with its audit entries or not at all.
/// </summary>
public abstract class DomainService(DomainScope scope)
{
    protected PanelistDbContext Db => scope.Db;

    protected AuditTrail Audit => scope.Audit;

    /// <summary>Integration events for the client's ATS, written with the change.</summary>
    protected Integrations.Outbox Outbox => scope.Outbox;

    protected Actor Actor => scope.Request.Actor;

    protected DateTime Now => Clock.Now(scope.Time);

    protected Task<Result<T>> Run<T>(Func<Task<T>> operation, CancellationToken ct) => scope.UnitOfWork.ExecuteAsync(operation, ct);

    protected Guid CurrentOrganization => scope.Request.RequireOrganization();

    /// <summary>What the actor may touch (<see cref="VisibleRows"/>): their organization's rows, or an interviewer's own work.</summary>
    protected IQueryable<Assignment> Assignments => Db.AssignmentsFor(Actor);

    /// <inheritdoc cref="Assignments"/>
    protected IQueryable<Interview> Interviews => Db.InterviewsFor(Actor);

    /// <inheritdoc cref="Assignments"/>
    protected IQueryable<Scorecard> Scorecards => Db.ScorecardsFor(Actor);

    /// <summary>
    /// The interviewer, with certifications, checked fit to work on an engagement pinned to
    /// <paramref name="rubricVersionId"/>: Active, compliant and certified on that rubric.
    /// </summary>
    protected async Task<Interviewers.Interviewer> AssignableInterviewerAsync(Guid interviewerId, Guid rubricVersionId, DateTime now, CancellationToken ct)
    {
        var interviewer = Found(await Db.Interviewers.Include(i => i.Certifications).FirstOrDefaultAsync(i => i.Id == interviewerId, ct), "interviewer", "interviewerId");
        // The version is the one a visible engagement pins.
        var rubricId = await Db.RubricVersions.IgnoreQueryFilters().Where(v => v.Id == rubricVersionId).Select(v => v.RubricId).SingleAsync(ct);
        interviewer.EnsureAssignable(rubricId, now);
        return interviewer;
    }

    /// <summary>The interviewer as events name them (no e-mail); null for no interviewer.</summary>
    private protected async Task<Integrations.EventInterviewer?> EventInterviewerAsync(Guid? interviewerId, CancellationToken ct) =>
        interviewerId is { } id
            ? await Db.Interviewers.Where(i => i.Id == id).Select(i => new Integrations.EventInterviewer(i.Id, i.Name, i.TimeZone)).SingleAsync(ct)
            : null;

    protected static T Found<T>(T? value, string what, string field)
        where T : class =>
        value ?? throw new DomainRuleException(ErrorCodes.NotFound, $"No {what} with that id exists here.", field);

    protected void RequirePlatformAdmin()
    {
        if (!Actor.IsPlatformAdmin)
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, "Only a platform admin may do this.");
        }
    }

    /// <summary>Client-side work: a user of the organization, or the platform acting for it.</summary>
    protected void RequireClientStaff()
    {
        if (Actor.Role is not (Role.System or Role.PlatformAdmin or Role.ClientAdmin or Role.Recruiter))
        {
            throw new DomainRuleException(ErrorCodes.Forbidden, $"The role {ApiNames.Of(Actor.Role)} cannot change this.");
        }
    }
}
