using Microsoft.EntityFrameworkCore.Design;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the model for this provider; it never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PanelistDbContext>
{
    public PanelistDbContext CreateDbContext(string[] args) =>
        new(DbContextOptionsFactory.Create(DatabaseProvider.Postgres, "Host=localhost;Database=panelist_design;Username=postgres"));
}
