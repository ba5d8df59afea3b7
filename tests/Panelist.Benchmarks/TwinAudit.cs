using Npgsql;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;

namespace Panelist.Benchmarks;

/// <summary>
/// One audit entry sealed into its organization's chain by hand, as the domain's AuditTrail does it: the head row
/// created if missing and locked, the entry numbered and hashed over the previous hash and its canonical JSON, the head moved.
/// </summary>
internal static class TwinAudit
{
    public static async Task AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid organization, DateTime now,
        string action, string subjectType, string subjectId, string summary)
    {
        await using (var ensure = new NpgsqlCommand("""
            INSERT INTO "AuditChainHeads" ("OrganizationId", "LastSequence", "LastHash") VALUES (@o, 0, '') ON CONFLICT DO NOTHING
            """, connection, transaction))
        {
            ensure.Parameters.AddWithValue("o", organization);
            await ensure.ExecuteNonQueryAsync();
        }

        long sequence;
        string previous;
        await using (var head = new NpgsqlCommand("""SELECT "LastSequence", "LastHash" FROM "AuditChainHeads" WHERE "OrganizationId" = @o FOR UPDATE""",
            connection, transaction))
        {
            head.Parameters.AddWithValue("o", organization);
            await using var reader = await head.ExecuteReaderAsync();
            await reader.ReadAsync();
            (sequence, previous) = (reader.GetInt64(0) + 1, reader.GetString(1));
        }

        const string actorId = "bench:recruiter";
        var requestId = Guid.NewGuid().ToString("N");
        // The domain's own canonical form, so the twin seals exactly the bytes the trail's verifier checks.
        var hash = AuditEntry.HashOf(previous,
            AuditEntry.Canonical(sequence, organization, now, ActorType.User, actorId, Role.Recruiter, action, subjectType, subjectId, summary, requestId, previous));
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO "AuditEntries" ("Id", "OrganizationId", "Sequence", "OccurredAt", "ActorType", "ActorId", "ActorRole", "Action", "SubjectType",
              "SubjectId", "Summary", "RequestId", "PreviousHash", "Hash")
            VALUES (@id, @o, @s, @at, 'User', @actor, 'Recruiter', @action, @type, @subject, @summary, @request, @previous, @hash)
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("id", Guid.CreateVersion7());
            insert.Parameters.AddWithValue("o", organization);
            insert.Parameters.AddWithValue("s", sequence);
            insert.Parameters.AddWithValue("at", now);
            insert.Parameters.AddWithValue("actor", actorId);
            insert.Parameters.AddWithValue("action", action);
            insert.Parameters.AddWithValue("type", subjectType);
            insert.Parameters.AddWithValue("subject", subjectId);
            insert.Parameters.AddWithValue("summary", summary);
            insert.Parameters.AddWithValue("request", requestId);
            insert.Parameters.AddWithValue("previous", previous);
            insert.Parameters.AddWithValue("hash", hash);
            await insert.ExecuteNonQueryAsync();
        }

        await using var move = new NpgsqlCommand("""UPDATE "AuditChainHeads" SET "LastSequence" = @s, "LastHash" = @h WHERE "OrganizationId" = @o""",
            connection, transaction);
        move.Parameters.AddWithValue("s", sequence);
        move.Parameters.AddWithValue("h", hash);
        move.Parameters.AddWithValue("o", organization);
        await move.ExecuteNonQueryAsync();
    }
}
