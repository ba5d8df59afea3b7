namespace Panelist.Domain.Integrations;

/// <summary>
/// What an event may say about an interviewer: the stable id, the display name and the IANA time zone. Read as this
/// projection, so the interviewer's private e-mail is never loaded on the way to an ATS.
/// </summary>
internal sealed record EventInterviewer(Guid Id, string Name, string TimeZone);
