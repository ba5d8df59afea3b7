using GraphQL.Types;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Features;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Api.Audits;

/// <summary>The tamper-evident audit trail and its signed checkpoints.</summary>
public sealed class AuditFeature : SchemaFeature
{
    public override int Order => 80;

    public override void AddQueries(ObjectGraphType query)
    {
        AuditQueries.AddTo(query);
        AuditCheckpointQueries.AddTo(query);
    }

    public override void AddMutations(ObjectGraphType mutation)
    {
        AuditMutations.AddTo(mutation);
    }

    public override void AddSubscriptions(ObjectGraphType subscription)
    {
        AuditSubscriptions.AddTo(subscription);
    }

    public override void AddNodes(NodeTypes nodes) => nodes
        .Add<AuditEntryType>("AuditEntry", Roles.AuditTrail, (ctx, id) => AuditQueries.Entry(ctx, id))
        .Add<AuditCheckpointType>("AuditCheckpoint", Roles.AuditTrail, (ctx, id) => AuditCheckpointQueries.Checkpoint(ctx, id));
}
