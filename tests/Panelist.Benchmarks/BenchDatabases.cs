using Npgsql;

namespace Panelist.Benchmarks;

/// <summary>Throwaway PostgreSQL databases for one benchmark run.</summary>
internal static class BenchDatabases
{
    /// <summary>Creates <c>panelist_bench_&lt;purpose&gt;_&lt;guid&gt;</c> on the server of <paramref name="postgres"/>; returns its connection string.</summary>
    public static async Task<string> FreshAsync(string postgres, string purpose)
    {
        var builder = new NpgsqlConnectionStringBuilder(postgres);
        var name = $"panelist_bench_{purpose}_{Guid.NewGuid():N}"[..40];
        builder.Database = "postgres";
        await using (var admin = new NpgsqlConnection(builder.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        builder.Database = name;
        return builder.ConnectionString;
    }

    /// <summary>The first column of the first row of <paramref name="sql"/> on <paramref name="database"/>.</summary>
    public static async Task<T> ScalarAsync<T>(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
