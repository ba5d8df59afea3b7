namespace Panelist.Domain.Common;

/// <summary>
/// Base of every aggregate root. Ids are version 7 GUIDs: unique across replicas without a round trip,
/// and time-ordered, which keeps keyset pagination and index inserts cheap.
/// </summary>
public abstract class Entity
{
    /// <summary>A new entity, with a fresh id.</summary>
    protected Entity() => Id = Guid.CreateVersion7();

    /// <summary>A new entity with the given id (seeded data, tests), else a fresh one.</summary>
    protected Entity(Guid? id) => Id = id ?? Guid.CreateVersion7();

    /// <summary>
    /// A row being read: EF sets the id from its column, so none is generated. The random half of a version 7 GUID
    /// costs a system call; reading the 100 interviews of one <c>nodes</c> page generated 100 ids only to overwrite them.
    /// Every entity's parameterless constructor (EF's) chains here.
    /// </summary>
    protected Entity(FromStore row)
    {
    }

    public Guid Id { get; protected init; }

    public DateTime CreatedAt { get; protected set; }

    public DateTime UpdatedAt { get; protected set; }

    internal void Touch(DateTime now)
    {
        if (CreatedAt == default)
        {
            CreatedAt = now;
        }

        UpdatedAt = now;
    }

    /// <summary>Marks the constructor EF materializes rows with.</summary>
    protected readonly struct FromStore;
}
