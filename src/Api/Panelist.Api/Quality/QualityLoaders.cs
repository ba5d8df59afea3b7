using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Domain.Quality.Audits;
using Panelist.Domain.Quality.Calibration;

namespace Panelist.Api.Quality;

public static class QualityLoaders
{
    public static IDataLoaderResult<AuditChecklist?> Checklist(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, AuditChecklist>("auditChecklist", async (ids, ct) =>
            await ctx.Db().AuditChecklists.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct)).Load(id);

    public static IDataLoaderResult<InterviewAudit?> Audit(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, InterviewAudit>("interviewAudit", async (ids, ct) =>
            await ctx.Db().InterviewAudits.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct)).Load(id);

    public static IDataLoaderResult<IReadOnlyList<InterviewAudit>?> AuditsOfInterview(IResolveFieldContext ctx, Guid interviewId) =>
        ctx.Loaders().Grouped<Guid, InterviewAudit>("interview.audits", async (ids, ct) =>
            (await ctx.Db().InterviewAudits.AsNoTracking().Where(a => ids.Contains(a.InterviewId)).OrderBy(a => a.Id).ToListAsync(ct))
                .ToLookup(a => a.InterviewId)).Load(interviewId);

    public static IDataLoaderResult<AuditSample?> Sample(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, AuditSample>("auditSample", async (ids, ct) =>
            await ctx.Db().AuditSamples.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct)).Load(id);

    public static IDataLoaderResult<CalibrationSession?> Session(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, CalibrationSession>("calibrationSession", async (ids, ct) =>
            await Sessions(ctx).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct)).Load(id);

    /// <summary>
    /// The sessions the caller may see: the organization's, or for an interviewer (who acts with no
    /// organization) the sessions they take part in, found across tenants on purpose.
    /// </summary>
    public static IQueryable<CalibrationSession> Sessions(IResolveFieldContext ctx) =>
        ctx.Request().Actor.InterviewerId is { } me
            ? ctx.Db().CalibrationSessions.IgnoreQueryFilters().AsNoTracking().Where(s => s.ParticipantIds.Contains(me))
            : ctx.Db().CalibrationSessions.AsNoTracking();
}
