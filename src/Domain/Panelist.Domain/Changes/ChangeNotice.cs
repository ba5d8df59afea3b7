namespace Panelist.Domain.Changes;

/// <summary>
/// One committed change, as small as the bus carries it: which kind of row (its entity name, e.g.
/// <c>Interview</c>, <c>Delivery</c>, <c>AuditEntry</c>), whose organization, which row, and the
/// engagement and interviewer it belongs to when the row knows them. Ids, never rows: a subscriber loads what it may see.
/// </summary>
/// <param name="EngagementId">Null when the row does not name its engagement (a scorecard names its interview):
/// an engagement-scoped subscriber must treat it as possibly its own.</param>
/// <param name="InterviewerId">The interviewer the row names (an interview's, a scorecard's, an audit's, a calibration
/// rater's); null when it names none (candidate feedback names its interview), so that one interviewer's live figures
/// need not recompute on every change of every client they work for.</param>
public sealed record ChangeNotice(string Kind, Guid OrganizationId, Guid SubjectId, Guid? EngagementId, Guid? InterviewerId = null);
