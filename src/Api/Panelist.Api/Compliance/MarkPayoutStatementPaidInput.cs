using GraphQL;

namespace Panelist.Api.Compliance;

public sealed record MarkPayoutStatementPaidInput([property: Id] string StatementId, string? PaymentReference);
