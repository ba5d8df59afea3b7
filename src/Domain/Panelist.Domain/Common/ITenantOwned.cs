namespace Panelist.Domain.Common;

/// <summary>A row owned by one client organization; the tenant query filter scopes it.</summary>
public interface ITenantOwned
{
    Guid OrganizationId { get; }
}
