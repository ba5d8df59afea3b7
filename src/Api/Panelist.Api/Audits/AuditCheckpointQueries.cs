using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Audits;

namespace Panelist.Api.Audits;

public sealed class AuditCheckpointQueries : IConnectionSource<AuditCheckpoint>
{
    private AuditCheckpointQueries()
    {
    }

    public static string Entity => "AuditCheckpoint";

    public static FilterSpec<AuditCheckpoint> Filters { get; } = new FilterSpec<AuditCheckpoint>()
        .Field<long, IntFilterInputType>("sequence", c => c.Sequence)
        .Field<DateTime, DateTimeFilterInputType>("signedAt", c => c.SignedAt);

    public static SortSpec<AuditCheckpoint> Sorts { get; } = new SortSpec<AuditCheckpoint>(c => c.Id)
        .Default("sequence", c => c.Sequence, descending: true)
        .Field("sequence", c => c.Sequence)
        .Field("signedAt", c => c.SignedAt);

    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<AuditCheckpointQueries, AuditCheckpointType, AuditCheckpoint>("auditCheckpoints",
            "Your organization's signed audit-chain heads, newest first. Keep copies: they are what verifyAuditTrail(since:) checks against.",
            Roles.AuditTrail, ctx => ctx.Db().AuditCheckpoints.AsNoTracking());

        query.Field<ListGraphType<NonNullGraphType<AuditSigningKeyType>>>("auditSigningKeys")
            .Description("The public keys that verify audit checkpoints offline: the current one first, then retired ones.")
            .AllowRoles(Roles.AuditTrail)
            .Resolve(ctx => ctx.Service<AuditSigningKeys>().Keys);
    }

    public static IDataLoaderResult<AuditCheckpoint?> Checkpoint(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, AuditCheckpoint>("auditCheckpoint", async (ids, ct) =>
            await ctx.Db().AuditCheckpoints.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct)).Load(id);
}
