using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Seeding;

namespace Panelist.Api.Startup;

/// <summary>Migrations and demo data: run on an explicit command, or on a local development start.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<StartupOptions>>().Value;
        if (options.MigrateDatabase)
        {
            await MigrateAsync(app.Services, CancellationToken.None);
        }

        if (options.SeedDemoData)
        {
            await SeedAsync(app.Services, SeedOptions.Demo, onlyIfEmpty: true, CancellationToken.None);
        }
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        EnsureSqliteFolder(database);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("migrations"), Organization.PlatformId);
        var db = scope.ServiceProvider.GetRequiredService<PanelistDbContext>();
        await db.Database.MigrateAsync(ct);
        // Candidates staged in plain text by the migration to encrypted candidates (the master key is not in the database).
        var imported = await CandidateImport.RunAsync(db, scope.ServiceProvider.GetRequiredService<CandidateVault>(), ct);
        if (imported > 0)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Panelist.Migrations").LogInformation("Encrypted {Count} candidate(s) staged by the migration.", imported);
        }
    }

    public static async Task<SeedReport?> SeedAsync(IServiceProvider services, SeedOptions seed, bool onlyIfEmpty, CancellationToken ct)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Panelist.Seed");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanelistDbContext>();
        if (onlyIfEmpty && await DemoDataGenerator.IsSeededAsync(db, ct))
        {
            return null;
        }

        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<PanelistDbContext>>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var report = await new DemoDataGenerator(options, scope.ServiceProvider.GetRequiredService<PersonalDataKeyRing>(), seed, logger).GenerateAsync(ct);
        logger.LogInformation("Seeded in {Seconds:0.0} s: {Report}", started.Elapsed.TotalSeconds, report);
        return report;
    }

    private static void EnsureSqliteFolder(DatabaseOptions database)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
