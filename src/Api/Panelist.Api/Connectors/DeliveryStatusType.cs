using GraphQL.Types;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

public sealed class DeliveryStatusType : EnumerationGraphType<DeliveryStatus>
{
    public DeliveryStatusType() => Name = "DeliveryStatus";
}
