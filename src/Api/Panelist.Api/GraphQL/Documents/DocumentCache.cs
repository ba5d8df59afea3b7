using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Panelist.Api.GraphQL.Documents;

/// <summary>
/// Parsed documents that passed validation, keyed by the schema and the SHA-256 of their text. A hit skips
/// parsing and the document-only rules (the spec's rules, which depend on the text and the schema alone).
/// What depends on the request still runs on every hit: variable coercion and argument values (always, in
/// the engine's validator), and the rules in <see cref="ExecutionOptions.CachedDocumentValidationRules"/>:
/// the complexity limit (its page sizes come from variables), the introspection bound, and the transport's
/// rule (GET runs queries only; HTTP runs no subscriptions). Only documents that executed are stored,
/// so a document that failed any rule for one caller is parsed and validated again for the next.
/// The AST is never changed after parsing, so requests share it.
/// </summary>
public sealed class DocumentCache(IOptions<DocumentOptions> settings) : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = settings.Value.DocumentCacheChars });

    /// <summary>After <see cref="PersistedQueryExecution"/> has turned a hash into its text, and after every rule has been appended (100).</summary>
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } text || options.Schema is null)
        {
            return await next(options);
        }

        var key = new Key(options.Schema, DocumentHash.Of(text));
        if (_documents.TryGetValue(key, out GraphQLDocument? cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            _documents.Set(key, document, new MemoryCacheEntryOptions { Size = Math.Max(1, text.Length) });
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();

    private readonly record struct Key(ISchema Schema, string Hash);
}
