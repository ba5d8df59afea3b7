using System.Globalization;
using Npgsql;

namespace Panelist.Benchmarks;

/// <summary>CPU time of processes, read from <c>/proc/&lt;pid&gt;/stat</c> (user + system), and which processes are PostgreSQL's.</summary>
public static class CpuTime
{
    /// <summary><c>USER_HZ</c>: the unit of <c>utime</c>/<c>stime</c>, 100 on every Linux this runs on.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Seconds of CPU the process has used, 0 when it is gone.</summary>
    public static double Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name may hold spaces; the fields after it are space separated, utime and stime being the 12th and 13th.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The CPU seconds of each process, by pid.</summary>
    public static Dictionary<int, double> Sample(IEnumerable<int> pids) => pids.Distinct().ToDictionary(p => p, Of);

    /// <summary>
    /// PostgreSQL's processes that work for this benchmark: the backends connected to its database and the server's
    /// own background processes (WAL writer, checkpointer, autovacuum…), which other databases' work also wakes.
    /// </summary>
    public static async Task<List<int>> PostgresProcessesAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pid FROM pg_stat_activity WHERE (datname = current_database() AND pid <> pg_backend_pid()) OR backend_type <> 'client backend'", connection);
        var pids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pids.Add(reader.GetInt32(0));
        }

        return pids;
    }

    /// <summary>
    /// CPU seconds spent between two samples; a process first seen in <paramref name="after"/> counts whole (it started
    /// during the run), one gone by then counts nothing (its last seconds are lost, not subtracted: <see cref="Of"/> reads 0).
    /// </summary>
    public static double Spent(Dictionary<int, double> before, Dictionary<int, double> after) =>
        after.Where(p => p.Value > 0).Sum(p => Math.Max(0, p.Value - before.GetValueOrDefault(p.Key)));
}
