using Npgsql;

namespace Panelist.Benchmarks;

/// <summary>
/// <c>--explain</c>: EXPLAIN ANALYZE of each scenario's main statement, written in the shape EF sends it (its filter,
/// order and limit, with the picked parameters written in), so that indexes are chosen from plans rather than guessed.
/// </summary>
internal static class QueryPlans
{
    public static async Task PrintAsync(string postgres, IEnumerable<Scenario> scenarios)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        foreach (var scenario in scenarios.Where(s => s.PlanSql is not null))
        {
            Console.WriteLine($"-- {scenario.Name}\n{scenario.PlanSql}");
            await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + scenario.PlanSql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Console.WriteLine("   " + reader.GetString(0));
            }

            Console.WriteLine();
        }
    }

    public static string InterviewerSearch(BenchParameters p) => $"""
        SELECT i."Id", i."Name", i."CountryCode", i."TimeZone", i."RateCurrency", i."HourlyRate" FROM "Interviewers" AS i
        WHERE i."Status" = 'Active' AND EXISTS (SELECT 1 FROM "InterviewerSkill" AS s WHERE i."Id" = s."InterviewerId" AND s."Level" >= 3
          AND EXISTS (SELECT 1 FROM "Skills" AS k WHERE k."Id" = s."SkillId" AND k."Slug" = '{p.Slug}'))
        ORDER BY i."HourlyRate", i."Id" LIMIT 21
        """;

    public static string EngagementInterviews(BenchParameters p) => $"""
        SELECT i."Id", i."Status", i."RequestedAt", i."ScheduledStart", i."Cost" FROM "Interviews" AS i
        WHERE i."OrganizationId" = '{p.Organization}' AND i."EngagementId" = '{p.Engagement}'
        ORDER BY i."RequestedAt" DESC, i."Id" LIMIT 51
        """;

    public static string Nodes(BenchParameters p) => $"""
        SELECT i."Id", i."Status", i."Cost", i."Currency" FROM "Interviews" AS i
        WHERE i."OrganizationId" = '{p.Organization}' AND i."Id" = ANY ('{"{" + string.Join(",", p.Interviews) + "}"}'::uuid[])
        """;

    public static string Metrics(BenchParameters p) => $"""
        SELECT i."EngagementId", i."Status", i."RequestedAt", i."ScheduledAt", i."ScheduledStart", i."ScheduledEnd", i."CompletedAt", i."CancelledAt", i."Cost", i."Currency"
        FROM "Interviews" AS i
        WHERE i."OrganizationId" = '{p.Organization}' AND i."EngagementId" = '{p.Engagement}' AND (
          (i."RequestedAt" >= '{p.MetricsTo.AddDays(-30):O}' AND i."RequestedAt" < '{p.MetricsTo:O}')
          OR (i."CompletedAt" >= '{p.MetricsTo.AddDays(-30):O}' AND i."CompletedAt" < '{p.MetricsTo:O}')
          OR (i."CancelledAt" >= '{p.MetricsTo.AddDays(-30):O}' AND i."CancelledAt" < '{p.MetricsTo:O}')
          OR (i."ScheduledStart" >= '{p.MetricsTo.AddDays(-30):O}' AND i."ScheduledStart" < '{p.MetricsTo:O}'))
        """;

    public static string Overlap(Booking b) => $"""
        SELECT EXISTS (SELECT 1 FROM "Interviews" AS i WHERE i."InterviewerId" = (SELECT "InterviewerId" FROM "Assignments" WHERE "Id" = '{b.Assignment}')
          AND i."Id" <> '{b.Interview}' AND i."Status" = 'Scheduled' AND i."ScheduledStart" < '{b.End:O}' AND i."ScheduledEnd" > '{b.Start:O}')
        """;
}
