using GraphQL.Types;
using Panelist.Api.GraphQL.Relay;
using Panelist.Domain.Integrations;

namespace Panelist.Api.Connectors;

/// <summary>One event on its way to one installation.</summary>
public sealed class DeliveryType : ObjectGraphType<Delivery>
{
    public DeliveryType()
    {
        Name = "Delivery";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode(Name, ctx.Source.Id));
        Field<NonNullGraphType<IdGraphType>>("installationId").Resolve(ctx => GlobalId.Encode("ConnectorInstallation", ctx.Source.InstallationId));
        Field(d => d.EventType).Description(EventNames.OfDelivery);
        Field(d => d.EventId);
        Field(d => d.Status, type: typeof(NonNullGraphType<DeliveryStatusType>));
        Field(d => d.Attempts);
        Field(d => d.CreatedAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(d => d.NextAttemptAt, type: typeof(NonNullGraphType<DateTimeGraphType>));
        Field(d => d.DeliveredAt, type: typeof(DateTimeGraphType));
        Field(d => d.LastError, nullable: true).Description("Why the last attempt failed, or why the delivery was dead-lettered.");
        Field(d => d.ExternalId, nullable: true).Description("The record's id in the ATS.");
        Field(d => d.IdempotencyKey);
    }
}
