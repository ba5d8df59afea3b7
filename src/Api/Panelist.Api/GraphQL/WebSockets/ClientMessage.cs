using System.Text.Json;

namespace Panelist.Api.GraphQL.WebSockets;

/// <summary>
/// One message from the client, checked against the protocol's shapes: a JSON object with a string
/// <c>type</c>; <c>subscribe</c> and <c>complete</c> with a non-empty string <c>id</c>; <c>subscribe</c>
/// with a <c>payload</c> object; other payloads an object or absent. Anything else is a 4400.
/// </summary>
public sealed record ClientMessage(string Type, string? Id, JsonElement? Payload)
{
    public const string ConnectionInit = "connection_init";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Complete = "complete";

    /// <summary>The message, or null with the reason it breaks the protocol.</summary>
    public static (ClientMessage? Message, string? Problem) Parse(ReadOnlySpan<byte> utf8)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return (null, "The message is not valid JSON.");
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return (null, "A message is a JSON object with a string type.");
        }

        var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString() : null;
        JsonElement? payload = root.TryGetProperty("payload", out var payloadValue) && payloadValue.ValueKind != JsonValueKind.Null ? payloadValue : null;
        var message = new ClientMessage(type.GetString()!, id, payload);
        return message.Type switch
        {
            ConnectionInit or Ping or Pong when payload is { ValueKind: not JsonValueKind.Object } =>
                (null, $"The payload of {message.Type} must be an object."),
            ConnectionInit or Ping or Pong => (message, null),
            Subscribe or Complete when string.IsNullOrEmpty(id) => (null, $"{message.Type} needs a non-empty string id."),
            Subscribe when payload is not { ValueKind: JsonValueKind.Object } => (null, "subscribe needs a payload object with the query."),
            Subscribe or Complete => (message, null),
            _ => (null, $"Unknown message type '{message.Type}'."),
        };
    }

    /// <summary>The <c>authorization</c> of a <c>connection_init</c> payload (also accepted as <c>Authorization</c>).</summary>
    public string? Authorization()
    {
        if (Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return null;
        }

        foreach (var property in payload.EnumerateObject())
        {
            if (property.NameEquals("authorization") || property.NameEquals("Authorization"))
            {
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
            }
        }

        return null;
    }
}
