namespace Panelist.Domain.Common;

/// <summary>An expected failure of a domain operation: a stable code, a message for people, and the input field at fault.</summary>
public sealed record DomainError(string Code, string Message, string? Field = null);
