using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Panelist.Domain.Common;
using Panelist.Domain.Engagements;

namespace Panelist.Domain.Changes;

/// <summary>
/// The one place change events are raised: every <c>SaveChanges</c> of every writer (units of work,
/// the delivery ledger, audit flushes) passes here. The tenant-owned rows it saves become
/// <see cref="ChangeNotice"/>s, held per DbContext until its transaction commits: published into the
/// transaction just before the commit, announced after it, dropped on rollback.
/// </summary>
public sealed class ChangeCapture(ChangeBus bus) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<ChangeNotice>> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    /// <summary>Without an explicit transaction the save committed on its own: announce it now.</summary>
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && Take(context) is { Count: > 0 } notices)
        {
            await PublishCommittedAsync(context, notices, cancellationToken);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null && Take(context) is { Count: > 0 } notices)
        {
            PublishCommittedAsync(context, notices, CancellationToken.None).GetAwaiter().GetResult();
        }

        return base.SavedChanges(eventData, result);
    }

    /// <summary>
    /// A save that needed no transaction (EF runs a single statement without one) has committed and
    /// closed the connection it opened: open it again for the notification.
    /// </summary>
    private async Task PublishCommittedAsync(DbContext context, IReadOnlyList<ChangeNotice> notices, CancellationToken ct)
    {
        var closed = context.Database.GetDbConnection().State != System.Data.ConnectionState.Open;
        if (closed)
        {
            await context.Database.OpenConnectionAsync(ct);
        }

        try
        {
            await bus.PublishInTransactionAsync(context.Database.GetDbConnection(), null, notices, ct);
        }
        finally
        {
            if (closed)
            {
                await context.Database.CloseConnectionAsync();
            }
        }

        bus.Committed(notices);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            Take(context);
        }
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Peek(context) is { Count: > 0 } notices)
        {
            await bus.PublishInTransactionAsync(transaction.Connection!, transaction, notices, cancellationToken);
        }

        return result;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is { } context && Peek(context) is { Count: > 0 } notices)
        {
            bus.PublishInTransactionAsync(transaction.Connection!, transaction, notices, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && Take(context) is { Count: > 0 } notices)
        {
            bus.Committed(notices);
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Discard(eventData.Context);

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var found = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !e.Metadata.IsOwned())
            .Select(ToNotice).OfType<ChangeNotice>().ToList();
        if (found.Count == 0)
        {
            return;
        }

        var pending = _pending.GetOrCreateValue(context);
        lock (pending)
        {
            foreach (var notice in found.Where(n => !pending.Contains(n)))
            {
                pending.Add(notice);
            }
        }
    }

    private static ChangeNotice? ToNotice(EntityEntry entry)
    {
        if (entry.Entity is not ITenantOwned owned || entry.Metadata.FindProperty("Id") is not { ClrType: var idType } || idType != typeof(Guid))
        {
            return null;
        }

        var id = (Guid)entry.Property("Id").CurrentValue!;
        Guid? engagement = entry.Entity is Engagement
            ? id
            : entry.Metadata.FindProperty("EngagementId") is not null ? entry.Property("EngagementId").CurrentValue as Guid? : null;
        var interviewer = entry.Metadata.FindProperty("InterviewerId") is not null ? entry.Property("InterviewerId").CurrentValue as Guid? : null;
        return new ChangeNotice(entry.Metadata.ClrType.Name, owned.OrganizationId, id, engagement, interviewer);
    }

    /// <summary>A pooled context goes back to the pool: what it collected in a transaction that never committed must not reach its next request.</summary>
    internal void Forget(DbContext context) => _pending.Remove(context);

    private List<ChangeNotice>? Peek(DbContext context) => _pending.TryGetValue(context, out var pending) ? pending : null;

    private List<ChangeNotice>? Take(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var pending))
        {
            return null;
        }

        _pending.Remove(context);
        return pending;
    }

    private void Discard(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result) => result;

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result) => result;

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(result);

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(result);
}
