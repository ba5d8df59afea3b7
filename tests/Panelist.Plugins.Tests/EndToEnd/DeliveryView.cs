namespace Panelist.Plugins.Tests.EndToEnd;

/// <summary>A delivery as the GraphQL <c>deliveries</c> query shows it to a client admin.</summary>
internal sealed record DeliveryView(string Id, string EventType, string Status, int Attempts, string? LastError, string? ExternalId)
{
    public override string ToString() => $"{EventType} {Status} after {Attempts} ({ExternalId ?? "no id"}): {LastError}";
}
