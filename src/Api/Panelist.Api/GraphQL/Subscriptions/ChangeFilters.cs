using Panelist.Domain.Audits;
using Panelist.Domain.Changes;

namespace Panelist.Api.GraphQL.Subscriptions;

/// <summary>Which bus notices a subscription cares about.</summary>
public static class ChangeFilters
{
    /// <summary>
    /// Anything that changed in <paramref name="organizationId"/> (optionally in one engagement; a notice
    /// that names no engagement may be in any), except audit entries, which record reads too.
    /// </summary>
    public static Func<ChangeNotice, bool> InScope(Guid organizationId, Guid? engagementId) => notice =>
        notice.OrganizationId == organizationId
        && notice.Kind != nameof(AuditEntry)
        && (engagementId is null || notice.EngagementId is null || notice.EngagementId == engagementId);
}
