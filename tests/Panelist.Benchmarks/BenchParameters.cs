using Npgsql;

namespace Panelist.Benchmarks;

/// <summary>What the scenarios ask for, picked from the data set: the busiest engagement, 100 interview ids, bookings to repeat.</summary>
internal sealed record BenchParameters(
    Guid Organization, Guid Engagement, IReadOnlyList<Guid> Interviews, string Slug, DateTime MetricsTo, IReadOnlyList<Booking> Bookings)
{
    public static async Task<BenchParameters> PickAsync(string postgres)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        async Task<T> Scalar<T>(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return (T)(await command.ExecuteScalarAsync())!;
        }

        async Task<List<T>> Rows<T>(string sql, Func<NpgsqlDataReader, T> row)
        {
            var rows = new List<T>();
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(row(reader));
            }

            return rows;
        }

        var organization = await Scalar<Guid>("""SELECT "Id" FROM "Organizations" WHERE "Slug" = 'acme'""");
        var engagement = await Scalar<Guid>($"""
            SELECT "EngagementId" FROM "Interviews" WHERE "OrganizationId" = '{organization}' GROUP BY "EngagementId" ORDER BY count(*) DESC LIMIT 1
            """);
        var interviews = await Rows($"""SELECT "Id" FROM "Interviews" WHERE "OrganizationId" = '{organization}' ORDER BY "Id" LIMIT 100 OFFSET 5000""",
            r => r.GetGuid(0));
        // A window that ended two weeks before the engagement's last request, so that every deadline in it has passed.
        var metricsTo = await Scalar<DateTime>($"""
            SELECT date_trunc('day', max("RequestedAt")) - interval '14 days' FROM "Interviews" WHERE "EngagementId" = '{engagement}'
            """);
        // A requested interview (or one a previous run booked) with an accepted assignment of its engagement, into a free
        // future slot: the first call books it, every later one books it again into the same slot.
        var bookings = await Rows($"""
            SELECT DISTINCT ON (i."Id") i."Id", a."Id", date_trunc('day', now()) + interval '21 days 10 hours' FROM "Interviews" i
            JOIN "Engagements" e ON e."Id" = i."EngagementId" AND e."Status" = 'Active'
            JOIN "Assignments" a ON a."EngagementId" = i."EngagementId" AND a."Status" = 'Accepted'
            JOIN "Interviewers" r ON r."Id" = a."InterviewerId" AND r."Status" = 'Active'
            WHERE i."OrganizationId" = '{organization}' AND (i."Status" = 'Requested' OR (i."Status" = 'Scheduled' AND i."ScheduledStart" > now()))
            ORDER BY i."Id", a."Id" LIMIT 40
            """, r => new Booking(r.GetGuid(0), r.GetGuid(1), DateTime.SpecifyKind(r.GetDateTime(2), DateTimeKind.Utc), DateTime.SpecifyKind(r.GetDateTime(2), DateTimeKind.Utc).AddHours(1)));
        await using (var install = new NpgsqlCommand("""
            INSERT INTO "ConnectorInstallations" ("Id", "OrganizationId", "ConnectorId", "Name", "SettingsJson", "ProtectedSecrets", "Events", "Status", "CreatedAt", "UpdatedAt")
            SELECT gen_random_uuid(), @o, 'benchmark', 'benchmark outbox', '{}', '', ARRAY['interview.scheduled', 'interview.rescheduled'], 'Active', now(), now()
            WHERE NOT EXISTS (SELECT 1 FROM "ConnectorInstallations" WHERE "OrganizationId" = @o AND "ConnectorId" = 'benchmark')
            """, connection))
        {
            install.Parameters.AddWithValue("o", organization);
            await install.ExecuteNonQueryAsync();
        }

        return new BenchParameters(organization, engagement, interviews, "kotlin", DateTime.SpecifyKind(metricsTo, DateTimeKind.Utc), bookings);
    }
}
