using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using Panelist.Api.GraphQL.Errors;

namespace Panelist.Api.GraphQL.Documents;

/// <summary>
/// Turns a request's hash (Apollo's <c>extensions.persistedQuery.sha256Hash</c>, or the GraphQL-over-HTTP
/// draft's <c>documentId: "sha256:…"</c>) into its text, learns APQ texts, and in trusted mode refuses what
/// the manifest does not list. It is an execution step, not an HTTP one, so the WebSocket transport obeys
/// the trusted mode too. The engine's PersistedDocumentHandler covers <c>documentId</c> only, with no way
/// to register a text, so APQ needs this step; it keeps that handler's place (before the document cache).
/// </summary>
public sealed class PersistedQueryExecution(AutomaticPersistedQueries apq, TrustedDocuments trusted, Microsoft.Extensions.Options.IOptions<DocumentOptions> settings)
    : IConfigureExecution
{
    /// <summary>After the option configurations (100) and before <see cref="DocumentCache"/>, which needs the text.</summary>
    public float SortOrder => 150;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null)
        {
            return next(options);
        }

        var (hash, problem) = PersistedQueryRequest.HashOf(options.Extensions, options.DocumentId);
        if (problem is not null)
        {
            return Refuse(ApiErrorCodes.BadRequest, problem);
        }

        if (hash is null)
        {
            return !trusted.IsEnabled || options.Query is null || IsIntrospectionAllowed(options)
                ? next(options)
                : Refuse(PersistedQueryCodes.TrustedDocumentRequired, "This server runs registered operations only; send the operation's sha256Hash.");
        }

        if (options.Query is { } text)
        {
            if (DocumentHash.Of(text) != hash)
            {
                return Refuse(PersistedQueryCodes.HashMismatch, "The sha256Hash does not match the SHA-256 of the query text.");
            }

            if (trusted.IsEnabled)
            {
                return trusted.Find(hash) is null
                    ? Refuse(PersistedQueryCodes.TrustedDocumentRequired, "This operation is not registered in the trusted documents manifest.")
                    : next(options);
            }

            apq.Store(hash, text);
            return next(options);
        }

        var known = trusted.IsEnabled ? trusted.Find(hash) : apq.Find(hash);
        if (known is null)
        {
            return Refuse(PersistedQueryCodes.NotFound, "PersistedQueryNotFound");
        }

        options.Query = known;
        options.DocumentId = null;
        return next(options);
    }

    /// <summary>The text a request stands for before execution (for the idempotency fingerprint), without learning anything.</summary>
    public string? Peek(Inputs? extensions, string? documentId)
    {
        var (hash, _) = PersistedQueryRequest.HashOf(extensions, documentId);
        return hash is null ? null : trusted.IsEnabled ? trusted.Find(hash) : apq.Find(hash);
    }

    private bool IsIntrospectionAllowed(ExecutionOptions options)
    {
        if (!settings.Value.AllowIntrospection)
        {
            return false;
        }

        try
        {
            var document = options.RequestServices!.GetRequiredService<IDocumentBuilder>().Build(options.Query!);
            var onlyIntrospection = document.Definitions.OfType<GraphQLOperationDefinition>().All(o =>
                o.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__", StringComparison.Ordinal)));
            // Parsed already: hand it on so that the engine does not parse it again.
            options.Document = document;
            return onlyIntrospection;
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return false;
        }
    }

    private static Task<ExecutionResult> Refuse(string code, string message) =>
        Task.FromResult(new ExecutionResult(new PersistedQueryError(code, message)));
}
