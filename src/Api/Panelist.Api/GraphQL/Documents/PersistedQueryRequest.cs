using GraphQL;

namespace Panelist.Api.GraphQL.Documents;

/// <summary>Reads the hash a request names, from Apollo's extension or from <c>documentId</c>.</summary>
public static class PersistedQueryRequest
{
    /// <summary>True when the request names a document by hash, so that it may come without its text.</summary>
    public static bool NamesDocument(Inputs? extensions, string? documentId) =>
        documentId is not null || extensions?.ContainsKey("persistedQuery") == true;

    public static (string? Hash, string? Problem) HashOf(Inputs? extensions, string? documentId)
    {
        if (documentId is not null)
        {
            var id = documentId.StartsWith("sha256:", StringComparison.Ordinal) ? documentId["sha256:".Length..] : documentId;
            return DocumentHash.IsWellFormed(id) ? (id, null) : (null, "documentId must be \"sha256:\" and 64 lowercase hex digits.");
        }

        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return (null, null);
        }

        if (value is not IEnumerable<KeyValuePair<string, object?>> fields)
        {
            return (null, "extensions.persistedQuery must be an object.");
        }

        var map = fields.ToDictionary(f => f.Key, f => f.Value);
        if (map.GetValueOrDefault("version")?.ToString() != "1")
        {
            return (null, "Only persistedQuery version 1 is supported.");
        }

        return map.GetValueOrDefault("sha256Hash") is string hash && DocumentHash.IsWellFormed(hash)
            ? (hash, null)
            : (null, "extensions.persistedQuery.sha256Hash must be 64 lowercase hex digits.");
    }
}
