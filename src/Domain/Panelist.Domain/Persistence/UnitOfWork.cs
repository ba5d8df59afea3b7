using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Audits;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;

namespace Panelist.Domain.Persistence;

/// <summary>
/// Runs one domain operation in one transaction: the change, its audit entries and (later) its outbox
/// rows commit together, or nothing does.
/// </summary>
public sealed class UnitOfWork(PanelistDbContext db, AuditTrail audit, Outbox outbox)
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
                await outbox.FlushAsync(ct);
                await db.SaveChangesAsync(ct);
                await audit.FlushAsync(ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
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
