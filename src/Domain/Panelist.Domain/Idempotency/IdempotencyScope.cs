using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Persistence;

namespace Panelist.Domain.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> of the current request, if any (scoped per request). The transport sets it
/// with the outcomes already stored under the key; each mutation field marks itself running with
/// <see cref="Enter"/>, and <see cref="UnitOfWork"/> writes the field's outcome row into the transaction of
/// its change, so the change and the proof that it happened commit together or not at all.
/// </summary>
public sealed class IdempotencyScope
{
    private readonly Dictionary<string, IdempotentOutcome> _outcomes = [];
    private string? _field;
    private bool _fieldRecorded;

    public bool IsActive => Key is not null;

    public string Scope { get; private set; } = "";

    public string? Key { get; private set; }

    public string RequestHash { get; private set; } = "";

    /// <summary>Mutation fields of this request answered from a stored outcome instead of running.</summary>
    public int ReplayedFields { get; private set; }

    public void Begin(string scope, string key, string requestHash, IEnumerable<IdempotencyRecord> stored)
    {
        Scope = scope;
        Key = key;
        RequestHash = requestHash;
        foreach (var row in stored.Where(r => r is { ResultType: not null, ResultId: not null }))
        {
            _outcomes[row.Path] = new IdempotentOutcome(row.ResultType!, row.ResultId!.Value);
        }
    }

    /// <summary>What the mutation field at <paramref name="path"/> committed under this key before; null when it has not run.</summary>
    public IdempotentOutcome? OutcomeOf(string path)
    {
        var outcome = IsActive ? _outcomes.GetValueOrDefault(path) : null;
        ReplayedFields += outcome is null ? 0 : 1;
        return outcome;
    }

    /// <summary>The mutation field at <paramref name="path"/> runs now: the units of work it runs record their outcome.</summary>
    public void Enter(string path)
    {
        _field = path;
        _fieldRecorded = false;
    }

    public void Leave() => _field = null;

    /// <summary>Adds the outcome row of the running field to the unit of work's transaction (once per field).</summary>
    internal void Stage(PanelistDbContext db, object? value, DateTime now)
    {
        if (!IsActive || _field is null || _fieldRecorded)
        {
            return;
        }

        var row = new IdempotencyRecord(Scope, Key!, _field, RequestHash, now);
        var entityType = value is null ? null : db.Model.FindEntityType(value.GetType());
        if (entityType?.FindPrimaryKey()?.Properties is [{ ClrType: var keyType } key] && keyType == typeof(Guid))
        {
            row.ResultType = entityType.Name;
            row.ResultId = (Guid?)db.Entry(value!).Property(key.Name).CurrentValue;
        }

        db.IdempotencyKeys.Add(row);
    }

    /// <summary>The unit of work committed the staged row; later ones of the same field add none.</summary>
    internal void Committed()
    {
        if (_field is not null)
        {
            _fieldRecorded = true;
        }
    }
}
