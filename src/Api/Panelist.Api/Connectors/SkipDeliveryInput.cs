using GraphQL;

namespace Panelist.Api.Connectors;

public sealed record SkipDeliveryInput([property: Id] string DeliveryId);
