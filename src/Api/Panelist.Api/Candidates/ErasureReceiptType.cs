using GraphQL.Types;
using Panelist.Api.Connectors;
using Panelist.Domain.Candidates;

namespace Panelist.Api.Candidates;

public sealed class ErasureReceiptType : ObjectGraphType<ErasureReceipt>
{
    public ErasureReceiptType()
    {
        Name = "ErasureReceipt";
        Description = "One processor's part of an erasure.";
        Field(r => r.Processor).Description("\"panelist\" for Panelist's own store, else the installation's connector id (e.g. greenhouse).");
        Field<ConnectorInstallationType>("installation").Resolve(ctx => ctx.Source.InstallationId is { } id ? ConnectorLoaders.Installation(ctx, id) : null);
        Field(r => r.Status, type: typeof(NonNullGraphType<ErasureStatusType>));
        Field(r => r.Detail, nullable: true).Description("What happened, or what a person must still do in the vendor's UI.");
        Field(r => r.SettledAt, type: typeof(DateTimeGraphType));
    }
}
