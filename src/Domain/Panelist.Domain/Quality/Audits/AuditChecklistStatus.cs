namespace Panelist.Domain.Quality.Audits;

public enum AuditChecklistStatus
{
    Draft,
    Published,
}
