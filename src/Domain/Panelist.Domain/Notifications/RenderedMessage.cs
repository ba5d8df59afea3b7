namespace Panelist.Domain.Notifications;

/// <summary>A template's output: the subject line (e-mail subject, in-app title) and the plain-text body.</summary>
public sealed record RenderedMessage(string Subject, string Body);
