using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Subscriptions;
using Panelist.Api.Interviews;
using Panelist.Domain.Audits;
using Panelist.Domain.Persistence;

namespace Panelist.Api.Audits;

public static class AuditSubscriptions
{
    public static void AddTo(ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<AuditEntryType>>("auditEntryAdded")
            .Description("Each entry added to your organization's audit trail, as it commits (readers of the audit trail only).")
            .AllowRoles(Roles.AuditTrail)
            .ResolveStreamAsync(ctx => ChangedRows.OpenAsync(ctx,
                n => n.Kind == nameof(AuditEntry),
                async (services, id, ct) => await Entries(services).FirstOrDefaultAsync(e => e.Id == id, ct),
                async (services, since, ct) => await Entries(services).Where(e => e.OccurredAt >= since)
                    .OrderByDescending(e => e.Sequence).Take(InterviewSubscriptions.ResyncLimit).ToListAsync<object>(ct)));

    private static IQueryable<AuditEntry> Entries(IServiceProvider services) =>
        services.GetRequiredService<PanelistDbContext>().AuditEntries.AsNoTracking();
}
