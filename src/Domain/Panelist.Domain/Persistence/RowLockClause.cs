using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Panelist.Domain.Persistence;

/// <summary>
/// Appends the row-lock clause that only PostgreSQL has (SQLite's write transactions already run one at
/// a time) to a parameterized query, so one SQL text serves both providers.
/// </summary>
public static class RowLockClause
{
    public static FormattableString WithRowLock(this PanelistDbContext db, FormattableString query, string clause) =>
        db.Database.IsNpgsql()
            ? FormattableStringFactory.Create(query.Format + " " + clause, query.GetArguments())
            : query;
}
