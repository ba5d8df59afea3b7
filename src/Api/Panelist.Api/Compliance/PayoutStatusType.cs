using GraphQL.Types;
using Panelist.Domain.Compliance;

namespace Panelist.Api.Compliance;

public sealed class PayoutStatusType : EnumerationGraphType<PayoutStatus>
{
    public PayoutStatusType() => Description = "PENDING → APPROVED → PAID.";
}
