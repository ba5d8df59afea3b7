using Npgsql;

namespace Panelist.Domain.Limits;

/// <summary>
/// The shared per-client budget on PostgreSQL: one atomic upsert takes a slice of the client's permits for the
/// current window, whose start comes from the database's clock (so replicas with skewed clocks agree on it). The
/// grants of one window never add up to more than the limit. Uses the application's connection pool.
/// </summary>
public sealed class ClientRateBudget(string connectionString)
{
    private const string Take = """
        INSERT INTO "ClientRateWindows" AS w ("ClientKey", "WindowStart", "Used")
        VALUES (@key, to_timestamp(floor(extract(epoch FROM clock_timestamp()) / @seconds) * @seconds), @slice)
        ON CONFLICT ("ClientKey") DO UPDATE SET
          "Used" = CASE WHEN w."WindowStart" = excluded."WindowStart" THEN w."Used" + excluded."Used" ELSE excluded."Used" END,
          "WindowStart" = excluded."WindowStart"
        RETURNING "Used", extract(epoch FROM "WindowStart" + make_interval(secs => @seconds) - clock_timestamp())::float8
        """;

    // Rows of clients gone quiet; any replica may delete them, now and then, in the same round trip as a lease.
    private const string Prune = """DELETE FROM "ClientRateWindows" WHERE "WindowStart" < clock_timestamp() - make_interval(secs => @seconds * 2)""";

    private long _leases;

    /// <summary>Takes up to <paramref name="slice"/> of the client's <paramref name="limit"/> permits in the current <paramref name="window"/>.</summary>
    public async Task<ClientRateSlice> TakeAsync(string clientKey, int slice, int limit, TimeSpan window, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        var take = new NpgsqlBatchCommand(Take);
        take.Parameters.AddWithValue("key", clientKey);
        take.Parameters.AddWithValue("seconds", window.TotalSeconds);
        take.Parameters.AddWithValue("slice", slice);
        batch.BatchCommands.Add(take);
        if (Interlocked.Increment(ref _leases) % 1000 == 0)
        {
            var prune = new NpgsqlBatchCommand(Prune);
            prune.Parameters.AddWithValue("seconds", window.TotalSeconds);
            batch.BatchCommands.Add(prune);
        }

        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var used = reader.GetInt32(0);
        var remaining = TimeSpan.FromSeconds(Math.Max(0, reader.GetDouble(1)));
        // Before this slice the window had used - slice; the slice gets what is left of the limit, at most its size.
        var granted = Math.Clamp(limit - (used - slice), 0, slice);
        return new ClientRateSlice(granted, remaining);
    }
}
