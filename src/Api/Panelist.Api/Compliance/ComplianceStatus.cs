using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

/// <summary>Whether an interviewer may take client work now, why not, and what is due.</summary>
public sealed record ComplianceStatus(bool Compliant, string? Reason, IReadOnlyList<ComplianceWarning> Warnings);
