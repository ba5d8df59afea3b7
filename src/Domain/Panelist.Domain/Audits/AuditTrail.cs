using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Common;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Audits;

/// <summary>
/// Collects the audit entries of one unit of work and seals them into their organizations' chains in
/// the same transaction as the change they describe.
/// </summary>
public sealed class AuditTrail(PanelistDbContext db, RequestContext request, TimeProvider time)
{
    /// <summary>
    /// Enums as the API spells them (<c>ACTIVE</c>, <c>STRONG_YES</c>), not their numbers, so an auditor can read
    /// a summary. Stored summaries are hashed as written, so entries made before keep verifying.
    /// </summary>
    private static readonly JsonSerializerOptions SummaryJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(ApiNames.EnumPolicy, allowIntegerValues: false) },
    };
    private readonly List<AuditEntry> _pending = [];
    private Guid? _platformOrganizationId;

    /// <summary>Records an entry in the current organization's chain (or <paramref name="organizationId"/>'s).</summary>
    public void Record(string action, string subjectType, Guid subjectId, object? summary = null, Guid? organizationId = null)
    {
        var org = organizationId ?? request.RequireOrganization();
        var json = summary is null ? "{}" : JsonSerializer.Serialize(summary, SummaryJson);
        _pending.Add(new AuditEntry(org, Clock.Now(time), request.Actor, action, subjectType, subjectId.ToString(), json, request.RequestId));
    }

    /// <summary>Records an entry in the platform operator's own chain (interviewers, skills, rubrics).</summary>
    public async Task RecordPlatformAsync(string action, string subjectType, Guid subjectId, object? summary, CancellationToken ct)
    {
        _platformOrganizationId ??= await db.Organizations.Where(o => o.IsPlatform).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("The platform organization is missing; run the migrations and seed.");
        Record(action, subjectType, subjectId, summary, _platformOrganizationId);
    }

    internal int PendingCount => _pending.Count;

    internal void Discard() => _pending.Clear();

    /// <summary>Locks each touched chain head, numbers and hashes the pending entries, and moves the heads.</summary>
    internal async Task FlushAsync(CancellationToken ct)
    {
        foreach (var chain in _pending.GroupBy(e => e.OrganizationId))
        {
            var org = chain.Key;
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "AuditChainHeads" ("OrganizationId", "LastSequence", "LastHash") VALUES ({org}, 0, '') ON CONFLICT DO NOTHING""", ct);
            var head = await db.AuditChainHeads
                .FromSql(db.WithRowLock($"""SELECT * FROM "AuditChainHeads" WHERE "OrganizationId" = {org}""", "FOR UPDATE"))
                .AsNoTracking().ToListAsync(ct);
            var sequence = head[0].LastSequence;
            var hash = head[0].LastHash;
            foreach (var entry in chain)
            {
                entry.Seal(++sequence, hash);
                hash = entry.Hash;
                db.AuditEntries.Add(entry);
            }

            await db.Database.ExecuteSqlAsync(
                $"""UPDATE "AuditChainHeads" SET "LastSequence" = {sequence}, "LastHash" = {hash} WHERE "OrganizationId" = {org}""", ct);
        }

        _pending.Clear();
    }
}
