using GraphQL.Types;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Mutations;
using Panelist.Domain.Audits;

namespace Panelist.Api.Audits;

public static class AuditMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        mutation.Mutation<AuditCheckpointType, CreateAuditCheckpointInput, AuditCheckpoint>("createAuditCheckpoint", "checkpoint",
            "Signs your organization's audit-chain head now (an unchanged head returns its existing checkpoint).", Roles.AuditTrail,
            (ctx, input) => ctx.Service<AuditCheckpointService>().CreateAsync(input.Reason, ctx.CancellationToken));
}
