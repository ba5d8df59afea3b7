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

    /// <summary>
    /// Interviewers work for several clients, so their own assignments are found across tenants —
    /// explicitly, and only their own rows. Everyone else sees their organization's rows.
    /// </summary>
    protected IQueryable<Assignment> Assignments => Actor.InterviewerId is { } me
        ? Db.Assignments.IgnoreQueryFilters().Where(a => a.InterviewerId == me)
        : Db.Assignments;

    /// <inheritdoc cref="Assignments"/>
    protected IQueryable<Interview> Interviews => Actor.InterviewerId is { } me
        ? Db.Interviews.IgnoreQueryFilters().Where(i => i.InterviewerId == me)
        : Db.Interviews;

    /// <inheritdoc cref="Assignments"/>
    protected IQueryable<Scorecard> Scorecards => Actor.InterviewerId is { } me
        ? Db.Scorecards.IgnoreQueryFilters().Where(s => s.InterviewerId == me)
        : Db.Scorecards;

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
            throw new DomainRuleException(ErrorCodes.Forbidden, $"A {Actor.Role} cannot change this.");
        }
    }
}
