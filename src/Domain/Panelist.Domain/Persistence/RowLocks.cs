using Microsoft.EntityFrameworkCore;

namespace Panelist.Domain.Persistence;

/// <summary>
/// Pessimistic row locks for check-then-write rules. PostgreSQL: <c>SELECT … FOR UPDATE</c> inside the
/// unit of work's transaction, held until commit, across replicas. SQLite: nothing to do — its write
/// transactions (BEGIN IMMEDIATE) already run one at a time.
/// </summary>
public static class RowLocks
{
    public static async Task LockForUpdateAsync<TEntity>(this PanelistDbContext db, Guid id, CancellationToken ct)
        where TEntity : class
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        var table = db.Model.FindEntityType(typeof(TEntity))!.GetTableName();
        // The table name comes from our own model, never from input; the id is a parameter.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"SELECT 1 FROM \"{table}\" WHERE \"Id\" = @p0 FOR UPDATE", [new Npgsql.NpgsqlParameter("p0", id)], ct);
#pragma warning restore EF1002
    }
}
