using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Audits;
using Panelist.Domain.Persistence;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Audits;

/// <summary>Audit entries for a test's organization, and the rewrite a database administrator could do by hand.</summary>
internal static class AuditChains
{
    public static async Task AppendAsync(TestDatabase database, Guid organizationId, int count)
    {
        await using var scope = database.AsSystem(organizationId);
        var audit = scope.Get<AuditTrail>();
        (await scope.Get<UnitOfWork>().ExecuteAsync(() =>
        {
            for (var i = 0; i < count; i++)
            {
                audit.Record("test.recorded", "Test", Guid.NewGuid(), new { note = $"original {i}" });
            }

            return Task.FromResult(true);
        }, default)).Unwrap();
    }

    /// <summary>
    /// Changes every entry's summary with raw SQL and recomputes every hash with the published algorithm, head included:
    /// what a DBA who read the source could do. The stored checkpoint at <paramref name="checkpointSequence"/> is
    /// rewritten too, so nothing in the database still shows the original hash.
    /// </summary>
    public static async Task RewriteEverythingAsync(TestDatabase database, Guid organizationId, long checkpointSequence)
    {
        await using var scope = database.AsSystem(organizationId);
        var db = scope.Db;
        const string rewritten = """{"note":"rewritten"}""";
        await db.Database.ExecuteSqlAsync($"""UPDATE "AuditEntries" SET "Summary" = {rewritten} WHERE "OrganizationId" = {organizationId}""");
        var last = await db.AuditEntries.CountAsync();
        var previous = "";
        for (long sequence = 1; sequence <= last; sequence++)
        {
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "AuditEntries" SET "PreviousHash" = {previous} WHERE "OrganizationId" = {organizationId} AND "Sequence" = {sequence}""");
            var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == sequence);
            previous = entry.ComputeHash();
            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "AuditEntries" SET "Hash" = {previous} WHERE "OrganizationId" = {organizationId} AND "Sequence" = {sequence}""");
            if (sequence == checkpointSequence)
            {
                await db.Database.ExecuteSqlAsync(
                    $"""UPDATE "AuditCheckpoints" SET "Hash" = {previous} WHERE "OrganizationId" = {organizationId} AND "Sequence" = {sequence}""");
            }
        }

        await db.Database.ExecuteSqlAsync($"""UPDATE "AuditChainHeads" SET "LastHash" = {previous} WHERE "OrganizationId" = {organizationId}""");
    }
}
