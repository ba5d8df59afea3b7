using System.Globalization;
using System.Text.Json;
using MathNet.Numerics.Statistics;
using Npgsql;
using Panelist.Api.GraphQL.Relay;

namespace Panelist.Benchmarks;

/// <summary>
/// The analyst's <c>metrics</c> query for one engagement and window, by hand: counts and sums in SQL, the two
/// percentiles over the durations read (type 7, as the API computes them).
/// </summary>
internal static class TwinMetrics
{
    public const string Query = "query($scope: MetricsScopeInput!) { metrics(scope: $scope) { from to interviewsRequested interviewsByStatus { status count } "
        + "timeToSchedule { count medianHours p90Hours } candidateNoShowRate { numerator denominator value } "
        + "costs { currency total completedInterviews committed budget } } }";

    private static readonly string[] Statuses = ["Requested", "Scheduled", "Completed", "NoShowCandidate", "NoShowInterviewer", "Cancelled"];

    public static async Task WriteAsync(NpgsqlDataSource data, Guid organization, Utf8JsonWriter json, JsonElement variables)
    {
        var scope = variables.GetProperty("scope");
        GlobalId.TryDecode(scope.GetProperty("engagement").GetString(), out _, out var engagement);
        var from = scope.GetProperty("from").GetDateTimeOffset().UtcDateTime;
        var to = scope.GetProperty("to").GetDateTimeOffset().UtcDateTime;
        await using var connection = await data.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new("""SELECT "Pricing_Currency", "Pricing_BudgetCap" FROM "Engagements" WHERE "Id" = $1 AND "OrganizationId" = $2"""),
                new("""
                    SELECT "Status", count(*) FROM "Interviews" WHERE "EngagementId" = $1 AND "OrganizationId" = $2 AND "RequestedAt" >= $3 AND "RequestedAt" < $4
                    GROUP BY "Status"
                    """),
                new("""
                    SELECT "RequestedAt", "ScheduledAt" FROM "Interviews" WHERE "EngagementId" = $1 AND "OrganizationId" = $2 AND "RequestedAt" >= $3
                      AND "RequestedAt" < $4 AND "ScheduledAt" IS NOT NULL
                    """),
                new("""
                    SELECT count(*) FILTER (WHERE "Status" = 'NoShowCandidate'), count(*),
                      coalesce(sum("Cost") FILTER (WHERE "Status" IN ('Completed', 'NoShowCandidate', 'NoShowInterviewer')), 0),
                      count(*) FILTER (WHERE "Status" = 'Completed')
                    FROM "Interviews" WHERE "EngagementId" = $1 AND "OrganizationId" = $2 AND (
                      ("Status" IN ('Completed', 'NoShowCandidate', 'NoShowInterviewer') AND "CompletedAt" >= $3 AND "CompletedAt" < $4)
                      OR ("Status" = 'Cancelled' AND "ScheduledStart" IS NOT NULL AND "CancelledAt" >= $3 AND "CancelledAt" < $4))
                    """),
                new("""
                    SELECT coalesce(sum("Cost"), 0) FROM "Interviews" WHERE "EngagementId" = $1 AND "OrganizationId" = $2
                      AND "Status" IN ('Scheduled', 'Completed', 'NoShowCandidate')
                    """),
            },
        };
        foreach (var command in batch.BatchCommands)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = engagement });
            command.Parameters.Add(new NpgsqlParameter { Value = organization });
            if (command.CommandText.Contains("$3", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = from });
                command.Parameters.Add(new NpgsqlParameter { Value = to });
            }
        }

        await using var reader = await batch.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (currency, budget) = (reader.GetString(0), reader.GetDecimal(1));
        await reader.NextResultAsync();
        var byStatus = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            byStatus[reader.GetString(0)] = reader.GetInt64(1);
        }

        await reader.NextResultAsync();
        var hours = new List<double>();
        while (await reader.ReadAsync())
        {
            hours.Add((reader.GetDateTime(1) - reader.GetDateTime(0)).TotalHours);
        }

        await reader.NextResultAsync();
        await reader.ReadAsync();
        var (noShows, resolved, heldCost, completed) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetDecimal(2), reader.GetInt64(3));
        await reader.NextResultAsync();
        await reader.ReadAsync();
        var committed = reader.GetDecimal(0);

        json.WriteStartObject("metrics");
        json.WriteString("from", from.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        json.WriteString("to", to.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
        json.WriteNumber("interviewsRequested", byStatus.Values.Sum());
        json.WriteStartArray("interviewsByStatus");
        foreach (var status in Statuses)
        {
            json.WriteStartObject();
            json.WriteString("status", TwinServer.Constant(status));
            json.WriteNumber("count", byStatus.GetValueOrDefault(status));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("timeToSchedule");
        json.WriteNumber("count", hours.Count);
        WriteNumberOrNull(json, "medianHours", hours.Count == 0 ? null : hours.QuantileCustom(0.5, QuantileDefinition.R7));
        WriteNumberOrNull(json, "p90Hours", hours.Count == 0 ? null : hours.QuantileCustom(0.9, QuantileDefinition.R7));
        json.WriteEndObject();
        json.WriteStartObject("candidateNoShowRate");
        json.WriteNumber("numerator", noShows);
        json.WriteNumber("denominator", resolved);
        WriteNumberOrNull(json, "value", resolved == 0 ? null : (double)noShows / resolved);
        json.WriteEndObject();
        json.WriteStartArray("costs");
        json.WriteStartObject();
        json.WriteString("currency", currency);
        json.WriteNumber("total", heldCost);
        json.WriteNumber("completedInterviews", completed);
        json.WriteNumber("committed", committed);
        json.WriteNumber("budget", budget);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
