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

public static class AuditQueries
{
    public static readonly FilterSpec<AuditEntry> Filters = new FilterSpec<AuditEntry>()
        .Text("action", e => e.Action, "e.g. scorecard.submitted")
        .Text("subjectType", e => e.SubjectType)
        .Text("actorId", e => e.ActorId)
        .Field<long, IntFilterInputType>("sequence", e => e.Sequence)
        .Field<DateTime, DateTimeFilterInputType>("occurredAt", e => e.OccurredAt);

    public static readonly SortSpec<AuditEntry> Sorts = new SortSpec<AuditEntry>(e => e.Id)
        .Default("sequence", e => e.Sequence, descending: true)
        .Field("sequence", e => e.Sequence)
        .Field("occurredAt", e => e.OccurredAt);

    public static void AddTo(ObjectGraphType query)
    {
        var list = query.Field<NonNullGraphType<ConnectionGraphType<AuditEntryType, AuditEntry>>>("auditEntries")
            .Description("Your organization's audit trail, newest first.")
            .Argument<AuditEntryFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<AuditEntrySortInputType>>>("order")
            .AllowRoles(Roles.AuditTrail);
        ConnectionArguments.AddTo(list);
        list.ResolveAsync(async ctx => await KeysetPaginator.PageAsync(
            Filters.Apply(ctx.Db().AuditEntries.AsNoTracking(), ctx.Where(), ctx.Db()), Sorts.Keys(ctx.Order()),
            ConnectionArguments.From(ctx), "auditEntries", ctx.CancellationToken));

        query.Field<NonNullGraphType<AuditVerificationType>>("verifyAuditTrail")
            .Description("Recomputes your organization's chain and names the first broken entry.")
            .AllowRoles(Roles.AuditTrail)
            .ResolveAsync(async ctx =>
            {
                var organization = ctx.Request().OrganizationId ?? throw ApiError.Forbidden("No organization selected.");
                return await ctx.Service<AuditVerifier>().VerifyAsync(organization, ctx.CancellationToken);
            });
    }

    public static IDataLoaderResult<AuditEntry?> Entry(IResolveFieldContext ctx, Guid id) =>
        ctx.Loaders().ByKey<Guid, AuditEntry>("auditEntry", async (ids, ct) =>
            await ctx.Db().AuditEntries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct)).Load(id);
}

public sealed class AuditEntryFilterInputType : InputObjectGraphType
{
    public AuditEntryFilterInputType()
    {
        Name = "AuditEntryFilterInput";
        AuditQueries.Filters.DeclareFields(this);
        FilterCombinators.Add<AuditEntryFilterInputType>(this);
    }
}

public sealed class AuditEntrySortInputType : InputObjectGraphType
{
    public AuditEntrySortInputType()
    {
        Name = "AuditEntrySortInput";
        AuditQueries.Sorts.DeclareFields(this);
    }
}
