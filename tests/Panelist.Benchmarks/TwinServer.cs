using System.Globalization;
using System.Text.Json;
using Npgsql;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Benchmarks;

/// <summary>
/// The physical-limit baseline: the same three answers as the GraphQL API, from hand-written SQL
/// through Npgsql and written with Utf8JsonWriter. No GraphQL, no EF, no auth. It runs as its own process
/// (<see cref="TwinProcess"/>), so that its CPU time and allocations are its own, not the load generator's.
/// </summary>
public static class TwinServer
{
    public static async Task<int> RunAsync(string connectionString, Guid organizationId, int port)
    {
        await using var app = await StartAsync(connectionString, organizationId, port);
        await app.WaitForShutdownAsync();
        return 0;
    }

    public static async Task<WebApplication> StartAsync(string connectionString, Guid organizationId, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        // The API's pool settings (no reset per return, automatic preparation), so that the ratio measures GraphQL and EF, not them.
        var data = NpgsqlDataSource.Create(Panelist.Domain.Persistence.PostgresConnectionSettings.Apply(connectionString));
        app.MapPost("/twin/interviewers", (HttpContext http) => Respond(http, (json, body) => InterviewerSearch(data, json, body)));
        app.MapPost("/twin/engagement", (HttpContext http) => Respond(http, (json, body) => EngagementWithInterviews(data, organizationId, json, body)));
        app.MapPost("/twin/nodes", (HttpContext http) => Respond(http, (json, body) => Nodes(data, organizationId, json, body)));
        app.MapPost("/twin/metrics", (HttpContext http) => Respond(http, (json, body) => TwinMetrics.WriteAsync(data, organizationId, json, body)));
        app.MapPost("/twin/schedule", (HttpContext http) => Respond(http, (json, body) => TwinSchedule.WriteAsync(data, organizationId, json, body)));
        app.MapGet("/health/ready", () => Results.Ok());
        Panelist.Api.Health.RuntimeCountersEndpoint.MapRuntimeCounters(app);
        await app.StartAsync();
        return app;
    }

    private static async Task Respond(HttpContext http, Func<Utf8JsonWriter, JsonElement, Task> write)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartObject("data");
        await write(json, body.RootElement.GetProperty("variables"));
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync();
    }

    private static async Task InterviewerSearch(NpgsqlDataSource data, Utf8JsonWriter json, JsonElement variables)
    {
        var slug = variables.GetProperty("slug").GetString();
        await using var connection = await data.OpenConnectionAsync();
        var rows = new List<(Guid Id, string Name, string Country, string Zone, string Currency, decimal Rate)>();
        await using (var command = new NpgsqlCommand("""
            SELECT i."Id", i."Name", i."CountryCode", i."TimeZone", i."RateCurrency", i."HourlyRate" FROM "Interviewers" i
            WHERE i."Status" = 'Active' AND EXISTS (SELECT 1 FROM "InterviewerSkill" s JOIN "Skills" k ON k."Id" = s."SkillId"
              WHERE s."InterviewerId" = i."Id" AND s."Level" >= 3 AND k."Slug" = @slug)
            ORDER BY i."HourlyRate", i."Id" LIMIT 20
            """, connection))
        {
            command.Parameters.AddWithValue("slug", slug!);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetDecimal(5)));
            }
        }

        var skills = new Dictionary<Guid, List<(int Level, string Slug, string Name)>>();
        await using (var command = new NpgsqlCommand("""
            SELECT s."InterviewerId", s."Level", k."Slug", k."Name" FROM "InterviewerSkill" s JOIN "Skills" k ON k."Id" = s."SkillId"
            WHERE s."InterviewerId" = ANY(@ids) ORDER BY s."Level" DESC, s."SkillId"
            """, connection))
        {
            command.Parameters.AddWithValue("ids", rows.Select(r => r.Id).ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var id = reader.GetGuid(0);
                if (!skills.TryGetValue(id, out var list))
                {
                    skills[id] = list = [];
                }

                list.Add((reader.GetInt32(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        json.WriteStartObject("interviewers");
        json.WriteStartArray("nodes");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("id", GlobalId.Encode("Interviewer", row.Id));
            json.WriteString("name", row.Name);
            json.WriteString("countryCode", row.Country);
            json.WriteString("timeZone", row.Zone);
            json.WriteStartObject("rateCard");
            json.WriteString("currency", row.Currency);
            json.WriteNumber("hourlyRate", row.Rate);
            json.WriteEndObject();
            json.WriteStartArray("skills");
            foreach (var skill in skills.GetValueOrDefault(row.Id) ?? [])
            {
                json.WriteStartObject();
                json.WriteNumber("level", skill.Level);
                json.WriteStartObject("skill");
                json.WriteString("slug", skill.Slug);
                json.WriteString("name", skill.Name);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static async Task EngagementWithInterviews(NpgsqlDataSource data, Guid organization, Utf8JsonWriter json, JsonElement variables)
    {
        GlobalId.TryDecode(variables.GetProperty("id").GetString(), out _, out var engagementId);
        await using var connection = await data.OpenConnectionAsync();
        await using (var command = new NpgsqlCommand("""SELECT "Title", "Status" FROM "Engagements" WHERE "Id" = @id AND "OrganizationId" = @org""", connection))
        {
            command.Parameters.AddWithValue("id", engagementId);
            command.Parameters.AddWithValue("org", organization);
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                json.WriteNull("engagement");
                return;
            }

            json.WriteStartObject("engagement");
            json.WriteString("id", GlobalId.Encode("Engagement", engagementId));
            json.WriteString("title", reader.GetString(0));
            json.WriteString("status", Constant(reader.GetString(1)));
        }

        var interviews = new List<(Guid Id, string Status, DateTime Requested, DateTime? Start, decimal Cost)>();
        await using (var command = new NpgsqlCommand("""
            SELECT "Id", "Status", "RequestedAt", "ScheduledStart", "Cost" FROM "Interviews"
            WHERE "EngagementId" = @id AND "OrganizationId" = @org ORDER BY "RequestedAt" DESC, "Id" LIMIT 50
            """, connection))
        {
            command.Parameters.AddWithValue("id", engagementId);
            command.Parameters.AddWithValue("org", organization);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                interviews.Add((reader.GetGuid(0), reader.GetString(1), reader.GetDateTime(2), reader.IsDBNull(3) ? null : reader.GetDateTime(3), reader.GetDecimal(4)));
            }
        }

        var scorecards = new Dictionary<Guid, (decimal? Score, string Recommendation)>();
        await using (var command = new NpgsqlCommand("""
            SELECT "InterviewId", "WeightedScore", "Recommendation" FROM "Scorecards" WHERE "InterviewId" = ANY(@ids) AND "OrganizationId" = @org
            """, connection))
        {
            command.Parameters.AddWithValue("ids", interviews.Select(i => i.Id).ToArray());
            command.Parameters.AddWithValue("org", organization);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                scorecards[reader.GetGuid(0)] = (reader.IsDBNull(1) ? null : reader.GetDecimal(1), reader.GetString(2));
            }
        }

        json.WriteStartObject("interviews");
        json.WriteStartArray("nodes");
        foreach (var interview in interviews)
        {
            json.WriteStartObject();
            json.WriteString("id", GlobalId.Encode("Interview", interview.Id));
            json.WriteString("status", Constant(interview.Status));
            json.WriteString("requestedAt", Instant(interview.Requested));
            if (interview.Start is { } start)
            {
                json.WriteString("scheduledStart", Instant(start));
            }
            else
            {
                json.WriteNull("scheduledStart");
            }

            json.WriteNumber("cost", interview.Cost);
            if (scorecards.TryGetValue(interview.Id, out var card))
            {
                json.WriteStartObject("scorecard");
                if (card.Score is { } score)
                {
                    json.WriteNumber("weightedScore", score);
                }
                else
                {
                    json.WriteNull("weightedScore");
                }

                json.WriteString("recommendation", Constant(card.Recommendation));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("scorecard");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static async Task Nodes(NpgsqlDataSource data, Guid organization, Utf8JsonWriter json, JsonElement variables)
    {
        var ids = variables.GetProperty("ids").EnumerateArray()
            .Select(v => GlobalId.TryDecode(v.GetString(), out _, out var id) ? id : Guid.Empty).ToList();
        await using var connection = await data.OpenConnectionAsync();
        var rows = new Dictionary<Guid, (string Status, decimal Cost, string Currency)>();
        await using (var command = new NpgsqlCommand("""
            SELECT "Id", "Status", "Cost", "Currency" FROM "Interviews" WHERE "Id" = ANY(@ids) AND "OrganizationId" = @org
            """, connection))
        {
            command.Parameters.AddWithValue("ids", ids.ToArray());
            command.Parameters.AddWithValue("org", organization);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows[reader.GetGuid(0)] = (reader.GetString(1), reader.GetDecimal(2), reader.GetString(3));
            }
        }

        json.WriteStartArray("nodes");
        foreach (var id in ids)
        {
            if (!rows.TryGetValue(id, out var row))
            {
                json.WriteNullValue();
                continue;
            }

            json.WriteStartObject();
            json.WriteString("id", GlobalId.Encode("Interview", id));
            json.WriteString("status", Constant(row.Status));
            json.WriteNumber("cost", row.Cost);
            json.WriteString("currency", row.Currency);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>PascalCase enum names as GraphQL spells them: NoShowCandidate → NO_SHOW_CANDIDATE.</summary>
    internal static string Constant(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    private static string Instant(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
