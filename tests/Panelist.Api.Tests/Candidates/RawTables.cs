using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Organizations;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Candidates;

/// <summary>Reads every cell of every table as text, straight from the database: what a stolen copy would show.</summary>
internal static class RawTables
{
    /// <summary>"table.column" of each cell containing <paramref name="needle"/> (case-insensitive).</summary>
    public static async Task<List<string>> FindAsync(TestDatabase database, string needle)
    {
        await using var scope = database.AsSystem(Organization.PlatformId);
        var connection = scope.Db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = database.Provider == Domain.Persistence.DatabaseProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var hits = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (Text(reader, i) is { } text && text.Contains(needle, StringComparison.OrdinalIgnoreCase))
                    {
                        hits.Add($"{table}.{reader.GetName(i)}");
                    }
                }
            }
        }

        return hits;
    }

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetValue(i) switch
    {
        string s => s,
        byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
    };
}
