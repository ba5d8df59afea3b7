using GraphQL;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Domain.Common;
using Panelist.Domain.Compliance;
using Panelist.Domain.Engagements;
using Panelist.Domain.Interviewers;

namespace Panelist.Api.Compliance;

/// <summary>
/// Who sees which part of the ledger. Platform admins see it all; an interviewer sees their own; a
/// client admin sees only the compliance status of interviewers invited to or on their organization's
/// engagements (found through the tenant-filtered assignments, so never another client's).
/// </summary>
public static class ComplianceAccess
{
    public static bool SeesPrivate(IResolveFieldContext ctx, Guid interviewerId)
    {
        var actor = ctx.Actor();
        return actor.Role == Role.PlatformAdmin || actor.InterviewerId == interviewerId;
    }

    /// <summary>The interviewers whose compliance status the caller may read.</summary>
    public static IQueryable<Interviewer> StatusReadable(IResolveFieldContext ctx)
    {
        var actor = ctx.Actor();
        var db = ctx.Db();
        return actor switch
        {
            { Role: Role.PlatformAdmin } => db.Interviewers.AsNoTracking(),
            { InterviewerId: { } me } => db.Interviewers.AsNoTracking().Where(i => i.Id == me),
            { Role: Role.ClientAdmin } => db.Interviewers.AsNoTracking().Where(i => WorkingFor(db.Assignments).Contains(i.Id)),
            _ => db.Interviewers.AsNoTracking().Where(_ => false),
        };
    }

    public static IQueryable<PayoutStatement> Payouts(IResolveFieldContext ctx) =>
        ctx.Actor() is { InterviewerId: { } me }
            ? ctx.Db().PayoutStatements.AsNoTracking().Where(s => s.InterviewerId == me)
            : ctx.Db().PayoutStatements.AsNoTracking();

    public static IQueryable<ClassificationRecord> Classifications(IResolveFieldContext ctx) =>
        ctx.Actor() is { InterviewerId: { } me }
            ? ctx.Db().ClassificationRecords.AsNoTracking().Where(r => r.InterviewerId == me)
            : ctx.Db().ClassificationRecords.AsNoTracking();

    public static IQueryable<FreelanceContract> Contracts(IResolveFieldContext ctx) =>
        ctx.Actor() is { InterviewerId: { } me }
            ? ctx.Db().FreelanceContracts.AsNoTracking().Where(c => c.InterviewerId == me)
            : ctx.Db().FreelanceContracts.AsNoTracking();

    private static IQueryable<Guid> WorkingFor(IQueryable<Assignment> organizationAssignments) => organizationAssignments
        .Where(a => a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted)
        .Select(a => a.InterviewerId);
}
