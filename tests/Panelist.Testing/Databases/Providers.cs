using Panelist.Domain.Persistence;

namespace Panelist.Testing.Databases;

/// <summary>Theory data: every provider the run covers (SQLite always, PostgreSQL when configured or required).</summary>
public sealed class Providers : TheoryData<DatabaseProvider>
{
    public Providers()
    {
        Add(DatabaseProvider.Sqlite);
        if (TestEnvironment.PostgresEnabled)
        {
            Add(DatabaseProvider.Postgres);
        }
    }
}
