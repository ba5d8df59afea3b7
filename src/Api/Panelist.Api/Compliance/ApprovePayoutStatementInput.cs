using GraphQL;

namespace Panelist.Api.Compliance;

public sealed record ApprovePayoutStatementInput([property: Id] string StatementId);
