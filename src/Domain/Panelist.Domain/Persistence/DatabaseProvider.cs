namespace Panelist.Domain.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
