namespace Panelist.Domain.Audits;

/// <summary>A head whose signature was already checked: the chain must still have <see cref="Hash"/> at <see cref="Sequence"/>.</summary>
public sealed record SignedHead(long Sequence, string Hash);
