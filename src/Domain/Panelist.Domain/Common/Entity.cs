namespace Panelist.Domain.Common;

/// <summary>
/// Base of every aggregate root. Ids are version 7 GUIDs: unique across replicas without a round trip,
/// and time-ordered, which keeps keyset pagination and index inserts cheap.
/// </summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();

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
}
