using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Panelist.Benchmarks;

/// <summary>The comparison's data set: generated once into its database, then reused.</summary>
internal static class BenchData
{
    /// <summary>
    /// Creates the database when missing and runs <c>generate</c> (which migrates, then adds nothing when the demo
    /// organizations exist). With <paramref name="existing"/> the data must be there already; only the migrations run,
    /// so that new indexes reach it.
    /// </summary>
    public static async Task EnsureAsync(string postgres, string interviewers, string interviews, bool existing)
    {
        var builder = new NpgsqlConnectionStringBuilder(postgres);
        var database = builder.Database!;
        builder.Database = "postgres";
        await using (var admin = new NpgsqlConnection(builder.ConnectionString))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", admin);
            exists.Parameters.AddWithValue("n", database);
            if (await exists.ExecuteScalarAsync() is null)
            {
                if (existing)
                {
                    throw new InvalidOperationException($"--existing: the database {database} does not exist; run once without --existing to generate it.");
                }

                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
        }

        var clock = Stopwatch.StartNew();
        var start = existing
            ? ApiProcess.Command(postgres, "migrate")
            : ApiProcess.Command(postgres, "generate", "--interviewers", interviewers, "--interviews", interviews, "--no-audit");
        using var run = Process.Start(start)!;
        await run.WaitForExitAsync();
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(existing ? "Migrating the existing database failed." : "Generating the data set failed.");
        }

        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        // Fresh statistics: right after a generation autovacuum has not analyzed the new rows yet, and the planner's
        // guesses then differ from a live database's (the search sorted 4,000 interviewers instead of walking the rate index).
        await using (var analyze = new NpgsqlCommand("ANALYZE", connection) { CommandTimeout = 600 })
        {
            await analyze.ExecuteNonQueryAsync();
        }

        await using var count = new NpgsqlCommand("""SELECT count(*) FROM "Interviews" """, connection);
        var rows = (long)(await count.ExecuteScalarAsync())!;
        if (rows == 0)
        {
            throw new InvalidOperationException("--existing: the database holds no interviews; run once without --existing to generate them.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"data ready in {clock.Elapsed.TotalSeconds:0} s ({(existing ? "existing" : "generated when empty")}: {rows:N0} interviews)"));
    }
}
