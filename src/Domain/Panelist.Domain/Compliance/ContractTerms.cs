namespace Panelist.Domain.Compliance;

/// <summary>
/// What freelance-payment laws (NY Freelance Isn't Free and its followers) require in writing: the
/// itemized services and their rates, and when payment is due. A missing term means the legal default:
/// payment within 30 days of the work's completion.
/// </summary>
public sealed record ContractTerms(
    string? Reference,
    DateTime SignedAt,
    DateTime? ExpiresAt,
    DateTime? NdaSignedAt,
    string Currency,
    IReadOnlyList<ContractedService> Services,
    int? PaymentDueDays);
