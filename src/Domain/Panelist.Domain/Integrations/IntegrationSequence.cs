namespace Panelist.Domain.Integrations;

/// <summary>
/// The last <c>Sequence</c> handed to an event about one subject (an outbox ordering key). The outbox moves it with one
/// upsert that locks the row until commit, so concurrent writers about the same subject on any replica get distinct,
/// increasing numbers; it survives the pruning of delivered outbox rows, which counting rows would not.
/// </summary>
public sealed class IntegrationSequence
{
    public string Subject { get; set; } = "";

    public long LastSequence { get; set; }
}
