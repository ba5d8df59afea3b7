using Microsoft.EntityFrameworkCore.Design;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider; it never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PanelistDbContext>
{
    public PanelistDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsFactory.Create(DatabaseProvider.Sqlite, "Data Source=design.db"));
}
