using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Benchmarks;

/// <summary>
/// <c>scheduleInterview</c> by hand, with the writes of the domain's InterviewService in one transaction: the
/// reads and row locks of its checks (overlap, budget, weekly capacity, assignable interviewer), the interview's
/// update, a delivery per installation that wants the event (the outbox) and the audit entry sealed into the
/// organization's hash chain.
/// </summary>
internal static class TwinSchedule
{
    public static async Task WriteAsync(NpgsqlDataSource data, Guid organization, Utf8JsonWriter json, JsonElement variables)
    {
        var input = variables.GetProperty("input");
        GlobalId.TryDecode(input.GetProperty("interviewId").GetString(), out _, out var interviewId);
        GlobalId.TryDecode(input.GetProperty("assignmentId").GetString(), out _, out var assignmentId);
        var start = input.GetProperty("scheduledStart").GetDateTimeOffset().UtcDateTime;
        var end = input.GetProperty("scheduledEnd").GetDateTimeOffset().UtcDateTime;
        var now = Truncate(DateTime.UtcNow);
        await using var connection = await data.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        async Task<NpgsqlDataReader> Read(string sql, params object[] values)
        {
            var command = new NpgsqlCommand(sql, connection, transaction);
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters.AddWithValue("p" + i, values[i]);
            }

            return await command.ExecuteReaderAsync();
        }

        async Task<object?> Scalar(string sql, params object[] values)
        {
            await using var reader = await Read(sql, values);
            return await reader.ReadAsync() ? reader.GetValue(0) : null;
        }

        Guid engagementId;
        string status;
        DateTime? previousStart, previousEnd;
        string? atsCandidate, atsApplication;
        await using (var reader = await Read("""
            SELECT "EngagementId", "Status", "ScheduledStart", "ScheduledEnd", "AtsCandidateId", "AtsApplicationId"
            FROM "Interviews" WHERE "Id" = @p0 AND "OrganizationId" = @p1
            """, interviewId, organization))
        {
            await reader.ReadAsync();
            engagementId = reader.GetGuid(0);
            status = reader.GetString(1);
            previousStart = reader.IsDBNull(2) ? null : reader.GetDateTime(2);
            previousEnd = reader.IsDBNull(3) ? null : reader.GetDateTime(3);
            atsCandidate = reader.IsDBNull(4) ? null : reader.GetString(4);
            atsApplication = reader.IsDBNull(5) ? null : reader.GetString(5);
        }

        Guid interviewerId;
        decimal agreedRate;
        string currency;
        await using (var reader = await Read("""
            SELECT "InterviewerId", "AgreedRate", "Currency" FROM "Assignments"
            WHERE "Id" = @p0 AND "EngagementId" = @p1 AND "OrganizationId" = @p2 AND "Status" = 'Accepted'
            """, assignmentId, engagementId, organization))
        {
            await reader.ReadAsync();
            interviewerId = reader.GetGuid(0);
            agreedRate = reader.GetDecimal(1);
            currency = reader.GetString(2);
        }

        await Scalar("""SELECT 1 FROM "Interviewers" WHERE "Id" = @p0 FOR UPDATE""", interviewerId);
        await Scalar("""SELECT 1 FROM "Engagements" WHERE "Id" = @p0 FOR UPDATE""", engagementId);
        string model, atsJob;
        decimal budgetCap;
        int weeklyCapacity;
        Guid rubricVersion;
        await using (var reader = await Read("""
            SELECT "Pricing_Model", "Pricing_BudgetCap", "WeeklyCapacity", "RubricVersionId", "AtsJobId" FROM "Engagements"
            WHERE "Id" = @p0 AND "OrganizationId" = @p1 AND "Status" = 'Active' AND "StartsAt" <= @p2 AND ("EndsAt" IS NULL OR "EndsAt" >= @p3)
            """, engagementId, organization, start, end))
        {
            await reader.ReadAsync();
            (model, budgetCap, weeklyCapacity, rubricVersion) = (reader.GetString(0), reader.GetDecimal(1), reader.GetInt32(2), reader.GetGuid(3));
            atsJob = reader.IsDBNull(4) ? "" : reader.GetString(4);
        }

        var interviewerName = (string)(await Scalar("""
            SELECT i."Name" FROM "Interviewers" i WHERE i."Id" = @p0 AND i."Status" = 'Active' AND i."Classification" IS NOT NULL
              AND i."ContractSignedAt" <= @p1 AND (i."ContractExpiresAt" IS NULL OR i."ContractExpiresAt" > @p1) AND i."NdaSignedAt" IS NOT NULL
              AND EXISTS (SELECT 1 FROM "Certification" c JOIN "RubricVersions" v ON v."RubricId" = c."RubricId"
                          WHERE c."InterviewerId" = i."Id" AND v."Id" = @p2 AND c."CertifiedAt" <= @p1 AND c."ExpiresAt" > @p1)
            """, interviewerId, now, rubricVersion))!;
        var clash = (bool)(await Scalar("""
            SELECT EXISTS (SELECT 1 FROM "Interviews" WHERE "InterviewerId" = @p0 AND "Id" <> @p1 AND "Status" = 'Scheduled'
              AND "ScheduledStart" < @p3 AND "ScheduledEnd" > @p2)
            """, interviewerId, interviewId, start, end))!;
        var cost = model == "PerInterview" ? agreedRate : decimal.Round(agreedRate * (decimal)(end - start).TotalMinutes / 60m, 2);
        var committed = (decimal)(await Scalar("""
            SELECT coalesce(sum("Cost"), 0) FROM "Interviews" WHERE "EngagementId" = @p0 AND "OrganizationId" = @p1 AND "Id" <> @p2
              AND "Status" IN ('Scheduled', 'Completed', 'NoShowCandidate')
            """, engagementId, organization, interviewId))!;
        var weekStart = start.Date.AddDays(-(((int)start.DayOfWeek + 6) % 7));
        var booked = (long)(await Scalar("""
            SELECT count(*) FROM "Interviews" WHERE "EngagementId" = @p0 AND "OrganizationId" = @p1 AND "Id" <> @p2
              AND "Status" IN ('Scheduled', 'Completed', 'NoShowCandidate') AND "ScheduledStart" >= @p3 AND "ScheduledStart" < @p4
            """, engagementId, organization, interviewId, weekStart, weekStart.AddDays(7)))!;
        if (clash || committed + cost > budgetCap || booked >= weeklyCapacity || status is not ("Requested" or "Scheduled"))
        {
            throw new InvalidOperationException("The twin's checks refuse this booking; the benchmark picks one the domain accepts.");
        }

        await using (var update = new NpgsqlCommand("""
            UPDATE "Interviews" SET "AssignmentId" = @a, "InterviewerId" = @i, "ScheduledStart" = @s, "ScheduledEnd" = @e, "Cost" = @c,
              "Currency" = @cur, "Status" = 'Scheduled', "ScheduledAt" = coalesce("ScheduledAt", @now), "UpdatedAt" = @now WHERE "Id" = @id
            """, connection, transaction))
        {
            update.Parameters.AddWithValue("a", assignmentId);
            update.Parameters.AddWithValue("i", interviewerId);
            update.Parameters.AddWithValue("s", start);
            update.Parameters.AddWithValue("e", end);
            update.Parameters.AddWithValue("c", cost);
            update.Parameters.AddWithValue("cur", currency);
            update.Parameters.AddWithValue("now", now);
            update.Parameters.AddWithValue("id", interviewId);
            await update.ExecuteNonQueryAsync();
        }

        var rescheduled = status == "Scheduled";
        var eventType = rescheduled ? "interview.rescheduled" : "interview.scheduled";
        var payload = Payload(eventType, now, organization, interviewId, engagementId, interviewerName, start, end, atsJob, atsCandidate, atsApplication,
            rescheduled ? (previousStart, previousEnd) : null);
        await WriteDeliveriesAsync(connection, transaction, organization, interviewId, eventType, payload, now);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $$"""{"assignmentId":"{{GlobalId.Encode("Assignment", assignmentId)}}","start":"{{start:yyyy-MM-ddTHH:mm:ss}}Z","end":"{{end:yyyy-MM-ddTHH:mm:ss}}Z","cost":"{{cost}} {{currency}}"}""");
        await TwinAudit.AppendAsync(connection, transaction, organization, now, rescheduled ? "interview.rescheduled" : "interview.scheduled",
            "Interview", interviewId.ToString(), summary);
        await transaction.CommitAsync();

        json.WriteStartObject("scheduleInterview");
        json.WriteStartObject("interview");
        json.WriteString("id", GlobalId.Encode("Interview", interviewId));
        json.WriteString("status", "SCHEDULED");
        json.WriteString("scheduledStart", start.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        json.WriteString("scheduledEnd", end.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        json.WriteNumber("cost", cost);
        json.WriteEndObject();
        json.WriteStartArray("errors");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Payload(string type, DateTime now, Guid organization, Guid interviewId, Guid engagementId, string interviewerName,
        DateTime start, DateTime end, string atsJob, string? atsCandidate, string? atsApplication, (DateTime? Start, DateTime? End)? previous)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", type);
            json.WriteString("eventId", Guid.CreateVersion7());
            json.WriteString("occurredAt", new DateTimeOffset(now, TimeSpan.Zero));
            json.WriteString("organizationId", organization);
            json.WriteNumber("schemaVersion", 1);
            json.WriteStartObject("ats");
            json.WriteString("jobId", atsJob);
            json.WriteString("candidateId", atsCandidate);
            json.WriteString("applicationId", atsApplication);
            json.WriteEndObject();
            json.WriteString("interviewId", interviewId);
            json.WriteString("engagementId", engagementId);
            json.WriteString("interviewerName", interviewerName);
            json.WriteString("scheduledStart", start);
            json.WriteString("scheduledEnd", end);
            if (previous is { } before)
            {
                json.WriteString("previousStart", before.Start!.Value);
                json.WriteString("previousEnd", before.End!.Value);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task WriteDeliveriesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid organization, Guid interviewId,
        string eventType, string payload, DateTime now)
    {
        var installations = new List<Guid>();
        await using (var find = new NpgsqlCommand("""
            SELECT "Id" FROM "ConnectorInstallations" WHERE "OrganizationId" = @o AND "Status" <> 'Disabled' AND @t = ANY("Events")
            """, connection, transaction))
        {
            find.Parameters.AddWithValue("o", organization);
            find.Parameters.AddWithValue("t", eventType);
            await using var reader = await find.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                installations.Add(reader.GetGuid(0));
            }
        }

        foreach (var installation in installations)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO "Deliveries" ("Id", "OrganizationId", "InstallationId", "EventId", "EventType", "SchemaVersion", "OrderingKey", "PayloadJson",
                  "Status", "Attempts", "CreatedAt", "NextAttemptAt") VALUES (@id, @o, @i, @e, @t, 1, @k, @p, 'Pending', 0, @now, @now)
                """, connection, transaction);
            insert.Parameters.AddWithValue("id", Guid.CreateVersion7());
            insert.Parameters.AddWithValue("o", organization);
            insert.Parameters.AddWithValue("i", installation);
            insert.Parameters.AddWithValue("e", Guid.CreateVersion7());
            insert.Parameters.AddWithValue("t", eventType);
            insert.Parameters.AddWithValue("k", interviewId.ToString("N"));
            insert.Parameters.AddWithValue("p", payload);
            insert.Parameters.AddWithValue("now", now);
            await insert.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Microseconds, as PostgreSQL stores them and the domain's clock rounds.</summary>
    internal static DateTime Truncate(DateTime value) => new(value.Ticks - value.Ticks % 10, DateTimeKind.Utc);
}
