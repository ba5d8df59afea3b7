using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Tests.Persistence;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=unused;Database=unused")]
    public void Model_has_no_changes_missing_from_the_migrations(DatabaseProvider provider, string connectionString)
    {
        using var db = new PanelistDbContext(DbContextOptionsFactory.Create(provider, connectionString));

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model differs from the {provider} migrations; add one with: dotnet ef migrations add <Name> " +
            $"--project src/Domain/Panelist.Domain.Migrations.{provider} --startup-project src/Domain/Panelist.Domain.Migrations.{provider} --output-dir Migrations");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Each_provider_has_its_own_migrations_assembly(DatabaseProvider provider)
    {
        using var db = new PanelistDbContext(DbContextOptionsFactory.Create(provider, "Data Source=x;Host=x"));

        var migrations = db.Database.GetMigrations().ToList();

        Assert.NotEmpty(migrations);
        Assert.Contains(migrations, m => m.EndsWith("_Initial", StringComparison.Ordinal));
    }
}
