using System.Data.Common;

namespace Panelist.Domain.Changes;

/// <summary>One process (SQLite): nothing to send before the commit; listeners hear of the change right after it.</summary>
public sealed class InMemoryChangeBus : ChangeBus
{
    public override Task PublishInTransactionAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<ChangeNotice> notices,
        CancellationToken ct) => Task.CompletedTask;

    public override void Committed(IReadOnlyList<ChangeNotice> notices) => Dispatch(notices);
}
