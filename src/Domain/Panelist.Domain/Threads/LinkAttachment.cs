namespace Panelist.Domain.Threads;

/// <summary>An attachment by link (a shared document, a recording): an absolute https URL and an optional title.</summary>
public sealed record LinkAttachment(string Url, string? Title);
