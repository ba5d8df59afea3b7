using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Domain.Common;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public static class ComplianceLoaders
{
    public static IDataLoaderResult<ClassificationRecord?> Classification(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, ClassificationRecord>("classificationRecord", async (ids, ct) =>
            await ComplianceAccess.Classifications(ctx).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct)).Load(id);

    public static IDataLoaderResult<FreelanceContract?> Contract(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, FreelanceContract>("freelanceContract", async (ids, ct) =>
            await ComplianceAccess.Contracts(ctx).Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct)).Load(id);

    public static IDataLoaderResult<PayoutStatement?> Payout(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, PayoutStatement>("payoutStatement", async (ids, ct) =>
            await ComplianceAccess.Payouts(ctx).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct)).Load(id);

    public static IDataLoaderResult<MinimumRateRule?> MinimumRate(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, MinimumRateRule>("minimumRateRule", async (ids, ct) =>
            await ctx.Db().MinimumRateRules.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct)).Load(id);

    /// <summary>Every record of each interviewer of the page, newest first.</summary>
    public static IDataLoaderResult<IReadOnlyList<ClassificationRecord>?> ClassificationsOf(IResolveFieldContext ctx, Guid interviewerId) =>
        ctx.Loaders().Grouped<Guid, ClassificationRecord>("interviewer.classificationRecords", async (ids, ct) =>
            (await ComplianceAccess.Classifications(ctx).Where(r => ids.Contains(r.InterviewerId)).OrderByDescending(r => r.DecidedAt).ThenByDescending(r => r.Id)
                .ToListAsync(ct)).ToLookup(r => r.InterviewerId)).Load(interviewerId);

    public static IDataLoaderResult<IReadOnlyList<FreelanceContract>?> ContractsOf(IResolveFieldContext ctx, Guid interviewerId) =>
        ctx.Loaders().Grouped<Guid, FreelanceContract>("interviewer.freelanceContracts", async (ids, ct) =>
            (await ComplianceAccess.Contracts(ctx).Where(c => ids.Contains(c.InterviewerId)).OrderByDescending(c => c.Version)
                .ToListAsync(ct)).ToLookup(c => c.InterviewerId)).Load(interviewerId);

    /// <summary>The status of each interviewer of the page the caller may read; null for the others.</summary>
    public static IDataLoaderResult<ComplianceStatus?> Status(IResolveFieldContext ctx, Guid interviewerId) =>
        ctx.Loaders().ByKey<Guid, ComplianceStatus>("interviewer.complianceStatus", async (ids, ct) =>
        {
            var now = Clock.Now(ctx.Service<TimeProvider>());
            var days = ctx.Service<Microsoft.Extensions.Options.IOptions<ComplianceOptions>>().Value.WarningDays;
            var readable = ComplianceAccess.StatusReadable(ctx).Where(i => ids.Contains(i.Id));
            var interviewers = await readable.ToListAsync(ct);
            var warnings = (await ComplianceWarnings.ForAsync(ctx.Db(), readable, now, days, ct)).ToLookup(w => w.InterviewerId);
            return interviewers.ToDictionary(i => i.Id, i => new ComplianceStatus(i.IsCompliantAt(now), i.NonComplianceReason(now), [.. warnings[i.Id]]));
        }).Load(interviewerId);
}
