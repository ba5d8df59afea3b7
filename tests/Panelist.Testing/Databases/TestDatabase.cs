using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Panelist.Domain;
using Panelist.Domain.Candidates;
using Panelist.Domain.Common;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;

namespace Panelist.Testing.Databases;

/// <summary>
/// A fresh, migrated database owned by one test class: a temporary SQLite file, or a new database on
/// the configured PostgreSQL server, dropped on dispose. Nothing is shared between tests.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresName;
    private readonly ServiceProvider _services;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresName, TimeProvider? time)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
        Keys = new PersonalDataKeyRing(Convert.FromBase64String(MasterKey));
        // Registered before the domain, whose own registration only fills a gap: the API under test gets the same key (MasterKey).
        var services = new ServiceCollection().AddSingleton(Keys).AddDomain(provider, connectionString);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public DatabaseProvider Provider { get; }

    /// <summary>This database's personal-data master key (base64), handed to every API that serves it.</summary>
    public string MasterKey { get; } = Convert.ToBase64String(PersonalDataKeyRing.NewDataKey());

    /// <summary>The key ring over <see cref="MasterKey"/>: what seeding and the domain scopes encrypt candidates with.</summary>
    public PersonalDataKeyRing Keys { get; }

    public string ConnectionString { get; }

    public DbContextOptions<PanelistDbContext> Options => DbContextOptionsFactory.Create(Provider, ConnectionString);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, TimeProvider? time = null)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"panelist-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(provider, $"Data Source={file};Pooling=False", file, null, time);
        }
        else
        {
            var server = TestEnvironment.PostgresConnectionString
                ?? throw new InvalidOperationException("PostgreSQL is required but PANELIST_TEST_POSTGRES is not set.");
            var name = $"panelist_test_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                await create.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
            database = new TestDatabase(provider, builder.ConnectionString, null, name, time);
        }

        await using var scope = database.Scope(Actor.System("migrations"), Organization.PlatformId);
        await scope.Db.Database.MigrateAsync();
        return database;
    }

    /// <summary>A request scope acting as <paramref name="actor"/> for <paramref name="organizationId"/>.</summary>
    public TestScope Scope(Actor actor, Guid organizationId) => new(_services.CreateAsyncScope(), actor, organizationId);

    /// <summary>A scope for arranging data as the platform acting for an organization.</summary>
    public TestScope AsSystem(Guid organizationId) => Scope(Actor.System("test"), organizationId);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }

        if (_postgresName is not null)
        {
            await using var admin = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
