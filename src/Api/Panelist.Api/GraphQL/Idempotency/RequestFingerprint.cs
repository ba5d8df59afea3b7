using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using GraphQL.Transport;

namespace Panelist.Api.GraphQL.Idempotency;

/// <summary>
/// The identity of a request a key is bound to: SHA-256 over canonical JSON of the query text, the
/// operation name and the variables, with object members sorted by name, so a client that re-serializes
/// its variables in another order still retries the same request.
/// </summary>
public static class RequestFingerprint
{
    public static string Of(GraphQLRequest request)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("operationName", request.OperationName);
            json.WriteString("query", request.Query);
            json.WritePropertyName("variables");
            Write(json, request.Variables);
            json.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case IEnumerable<KeyValuePair<string, object?>> members:
                json.WriteStartObject();
                foreach (var (name, member) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    json.WritePropertyName(name);
                    Write(json, member);
                }

                json.WriteEndObject();
                break;
            case IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            case IFormattable number:
                // Numbers keep their invariant text: 1 and 1.0 are different requests, as the client sent them.
                json.WriteRawValue(number.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }
}
