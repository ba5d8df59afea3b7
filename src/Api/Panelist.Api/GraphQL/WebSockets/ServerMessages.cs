using System.Text;
using System.Text.Json;

namespace Panelist.Api.GraphQL.WebSockets;

/// <summary>The server's messages, as UTF-8 JSON ready for one text frame.</summary>
public static class ServerMessages
{
    public static byte[] ConnectionAck() => """{"type":"connection_ack"}"""u8.ToArray();

    public static byte[] Pong() => """{"type":"pong"}"""u8.ToArray();

    /// <summary><c>next</c> with an execution result already serialized as JSON.</summary>
    public static byte[] Next(string id, string resultJson) => WithPayload("next", id, resultJson);

    /// <summary><c>error</c>: the operation failed before it ran; the payload is the list of GraphQL errors.</summary>
    public static byte[] Error(string id, string errorsJson) => WithPayload("error", id, errorsJson);

    public static byte[] Complete(string id)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", "complete");
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>A single error with its <c>extensions.code</c>, for refusals decided by the transport.</summary>
    public static string Errors(string code, string message) =>
        JsonSerializer.Serialize(new[] { new { message, extensions = new { code } } });

    private static byte[] WithPayload(string type, string id, string payloadJson)
    {
        using var buffer = new MemoryStream(payloadJson.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", type);
            writer.WritePropertyName("payload");
            writer.WriteRawValue(Encoding.UTF8.GetBytes(payloadJson), skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
