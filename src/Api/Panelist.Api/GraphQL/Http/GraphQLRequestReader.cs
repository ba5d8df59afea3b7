using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace Panelist.Api.GraphQL.Http;

/// <summary>Reads a GraphQL request from a JSON body or a GET query string, checking each parameter's type.</summary>
public static class GraphQLRequestReader
{
    /// <summary>The request, or the reason it is malformed (answered with 400).</summary>
    public static (GraphQLRequest? Request, string? Error) FromJson(JsonElement body, IGraphQLTextSerializer serializer)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "The body must be a JSON object (batching is not supported).");
        }

        var request = new GraphQLRequest();
        foreach (var property in body.EnumerateObject())
        {
            var value = property.Value;
            var isNull = value.ValueKind == JsonValueKind.Null;
            switch (property.Name)
            {
                case "query" when isNull || value.ValueKind == JsonValueKind.String:
                    request.Query = isNull ? null : value.GetString();
                    break;
                case "documentId" when isNull || value.ValueKind == JsonValueKind.String:
                    request.DocumentId = isNull ? null : value.GetString();
                    break;
                case "operationName" when isNull || value.ValueKind == JsonValueKind.String:
                    request.OperationName = isNull ? null : value.GetString();
                    break;
                case "variables" when isNull || value.ValueKind == JsonValueKind.Object:
                    request.Variables = isNull ? null : serializer.Deserialize<Inputs>(value.GetRawText());
                    break;
                case "extensions" when isNull || value.ValueKind == JsonValueKind.Object:
                    request.Extensions = isNull ? null : serializer.Deserialize<Inputs>(value.GetRawText());
                    break;
                case "query" or "operationName" or "documentId":
                    return (null, $"{property.Name} must be a string.");
                case "variables" or "extensions":
                    return (null, $"{property.Name} must be an object.");
            }
        }

        return Complete(request);
    }

    public static (GraphQLRequest? Request, string? Error) FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        static string? Param(IQueryCollection q, string name) => q.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v.ToString() : null;

        var request = new GraphQLRequest { Query = Param(query, "query"), OperationName = Param(query, "operationName"), DocumentId = Param(query, "documentId") };
        try
        {
            request.Variables = Param(query, "variables") is { } variables ? serializer.Deserialize<Inputs>(variables) : null;
            request.Extensions = Param(query, "extensions") is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null;
        }
        catch (JsonException)
        {
            return (null, "variables and extensions must be JSON objects.");
        }

        return Complete(request);
    }

    /// <summary>A request needs its text unless it names a persisted document by hash (APQ or <c>documentId</c>).</summary>
    private static (GraphQLRequest?, string?) Complete(GraphQLRequest request) =>
        string.IsNullOrEmpty(request.Query) && !Documents.PersistedQueryRequest.NamesDocument(request.Extensions, request.DocumentId)
            ? (null, "query is required.")
            : (request, null);
}
