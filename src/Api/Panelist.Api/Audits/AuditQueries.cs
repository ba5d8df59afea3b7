using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Panelist.Api.GraphQL;
using Panelist.Api.GraphQL.Authorization;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Filtering;
using Panelist.Api.GraphQL.Relay;
using Panelist.Api.GraphQL.Sorting;
using Panelist.Domain.Audits;

namespace Panelist.Api.Audits;

public sealed class AuditQueries : IConnectionSource<AuditEntry>
{
    private AuditQueries()
    {
    }

    public static string Entity => "AuditEntry";

    public static FilterSpec<AuditEntry> Filters { get; } = new FilterSpec<AuditEntry>()
        .Text("action", e => e.Action, "The action, e.g. scorecard.submitted.")
        .Text("subjectType", e => e.SubjectType)
        .Text("actorId", e => e.ActorId)
        .Field<long, IntFilterInputType>("sequence", e => e.Sequence)
        .Field<DateTime, DateTimeFilterInputType>("occurredAt", e => e.OccurredAt);

    public static SortSpec<AuditEntry> Sorts { get; } = new SortSpec<AuditEntry>(e => e.Id)
        .Default("sequence", e => e.Sequence, descending: true)
        .Field("sequence", e => e.Sequence)
        .Field("occurredAt", e => e.OccurredAt);

    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<AuditQueries, AuditEntryType, AuditEntry>("auditEntries", "Your organization's audit trail, newest first.", Roles.AuditTrail,
            ctx => ctx.Db().AuditEntries.AsNoTracking());

        query.Field<AuditVerificationType>("verifyAuditTrail")
            .Description("Recomputes your organization's chain and names the first broken entry. Alone this cannot notice a chain rewritten "
                + "with every hash recomputed; with `since` (your copy of a checkpoint) it also proves the chain still has the signed head.")
            .Argument<AuditCheckpointInputType>("since", "A checkpoint you kept from auditCheckpoints; its signature is checked, not the database's copy.")
            .AllowRoles(Roles.AuditTrail)
            .ResolveAsync(async ctx =>
            {
                var organization = ctx.Request().OrganizationId ?? throw ApiError.Forbidden("No organization selected.");
                return ctx.GetArgument<AuditCheckpointClaim?>("since") is { } since
                    ? await ctx.Service<AuditCheckpointService>().VerifySinceAsync(organization, since, ctx.CancellationToken)
                    : await ctx.Service<AuditVerifier>().VerifyAsync(organization, ctx.CancellationToken);
            });
    }

    public static IDataLoaderResult<AuditEntry?> Entry(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, AuditEntry>("auditEntry", async (ids, ct) =>
            await ctx.Db().AuditEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct)).Load(id);
}
