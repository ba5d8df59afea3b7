using GraphQL;

namespace Panelist.Api.Connectors;

public sealed record RetryDeliveryInput([property: Id] string DeliveryId);
