using System.ComponentModel;
using GraphQL;

namespace Panelist.Api.Compliance;

public sealed record RecordFreelanceContractInput(
    [property: Id] string InterviewerId,
    string? Reference,
    DateTimeOffset SignedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? NdaSignedAt,
    [property: Description("ISO 4217, for every service's rate.")] string Currency,
    [property: Description("The itemized services, at least one.")] IReadOnlyList<ContractedServiceInput> Services,
    [property: Description("Days after completion by which work is paid, 1–30; null means the legal default of 30.")] int? PaymentDueDays);
