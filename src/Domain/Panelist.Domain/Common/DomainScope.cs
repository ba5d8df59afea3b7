using Panelist.Domain.Audits;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Common;

/// <summary>What every domain service works with, bundled so services stay small.</summary>
public sealed record DomainScope(PanelistDbContext Db, UnitOfWork UnitOfWork, AuditTrail Audit, Integrations.Outbox Outbox, RequestContext Request, TimeProvider Time);
