using System.Text.Json;
using Panelist.Plugins.Sdk;

namespace Panelist.Integrations.Lever;

/// <summary>
/// One Lever answer: the <c>data</c> of a success, or the delivery result a failure calls for (Rejected, RetryLater).
/// <see cref="Status"/> lets a caller treat a 404 of its own object (a panel already deleted) as done.
/// </summary>
internal sealed record LeverAnswer(int Status, JsonElement Data, DeliveryResult? Failure)
{
    /// <summary>The whole body of a success, for the list envelope's <c>next</c> and <c>hasNext</c>.</summary>
    public JsonElement Root { get; init; }

    public bool Succeeded => Failure is null;

    /// <summary>The <c>id</c> of the object in <c>data</c>, or null.</summary>
    public string? Id => Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
}
