using Microsoft.EntityFrameworkCore;

namespace Panelist.Domain.Persistence;

/// <summary>The one switch between providers, shared by the app, the design-time factories and the tests.</summary>
public static class DbContextOptionsFactory
{
    public const string PostgresMigrationsAssembly = "Panelist.Domain.Migrations.Postgres";
    public const string SqliteMigrationsAssembly = "Panelist.Domain.Migrations.Sqlite";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Postgres => builder.UseNpgsql(PostgresConnectionSettings.Apply(connectionString), o => o.MigrationsAssembly(PostgresMigrationsAssembly)),
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };

    public static DbContextOptions<PanelistDbContext> Create(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PanelistDbContext>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }
}
