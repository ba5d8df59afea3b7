using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Idempotency;
using Panelist.Domain.Integrations;

namespace Panelist.Domain.Persistence;

/// <summary>
/// Runs one domain operation in one transaction: the change, its audit entries and (later) its outbox
/// rows commit together, or nothing does. Under an <c>Idempotency-Key</c>, so does the row that records
/// the mutation's outcome (<see cref="IdempotencyScope"/>).
/// </summary>
public sealed class UnitOfWork(PanelistDbContext db, AuditTrail audit, Outbox outbox, IdempotencyScope idempotency, TimeProvider time)
{
    public async Task<Result<T>> ExecuteAsync<T>(Func<Task<T>> operation, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var value = await operation();
                idempotency.Stage(db, value, Clock.Now(time));
                await outbox.FlushAsync(ct);
                await db.SaveChangesAsync(ct);
                await audit.FlushAsync(ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                idempotency.Committed();
                return Result.Success(value);
            }
            catch (DomainRuleException refused)
            {
                await Abandon(transaction);
                return Result.Failure<T>(refused.Error);
            }
            catch
            {
                await Abandon(transaction);
                throw;
            }
        });
    }

    private async Task Abandon(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        await transaction.RollbackAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        audit.Discard();
        outbox.Discard();
    }
}
