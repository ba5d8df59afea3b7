using System.Collections.Concurrent;
using System.Text.Json;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Panelist.Api.GraphQL.Http;
using Panelist.Api.GraphQL.Limits;
using Panelist.Api.Telemetry;

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
/// <para>
/// Those rules cost a walk of the whole document with type information on every request (about a tenth of a
/// small query's CPU). Their verdicts depend only on the document, the operation's type and the values of the
/// few variables the complexity analysis reads (<see cref="DocumentFacts"/>), so each entry remembers the
/// passes it has seen, with the complexity figure for telemetry: a hit with the same cost-variable values and
/// an operation type the transport allows runs no rule walk. Anything else (another page size, an operation
/// type the transport refuses, a rule this class does not know) runs the rules as before.
/// </para>
/// </summary>
public sealed class DocumentCache(IOptions<DocumentOptions> settings) : IConfigureExecution, IDisposable
{
    /// <summary>Distinct cost-variable values remembered per document; a client paging with ever new sizes just runs the rules.</summary>
    private const int MaxVerdictsPerDocument = 32;

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
        var rules = options.CachedDocumentValidationRules ?? [];
        if (_documents.TryGetValue(key, out Entry? cached))
        {
            options.Document = cached!.Document;
            var verdict = VerdictKey(cached.Facts, options, rules);
            if (verdict is not null && cached.Passes.TryGetValue(verdict, out var complexity))
            {
                options.ValidationRules = [];
                if (!double.IsNaN(complexity))
                {
                    options.UserContext[GraphQLOperationTelemetry.ComplexityKey] = complexity;
                }

                return await next(options);
            }

            options.ValidationRules = rules;
            var checkedResult = await next(options);
            Remember(cached, verdict, options, checkedResult);
            return checkedResult;
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            var entry = new Entry(document, await DocumentFacts.OfAsync(document));
            Remember(entry, VerdictKey(entry.Facts, options, rules), options, result);
            _documents.Set(key, entry, new MemoryCacheEntryOptions { Size = Math.Max(1, text.Length) });
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();

    private static void Remember(Entry entry, string? verdict, ExecutionOptions options, ExecutionResult result)
    {
        if (verdict is null || !result.Executed || entry.Passes.Count >= MaxVerdictsPerDocument)
        {
            return;
        }

        entry.Passes.TryAdd(verdict, options.UserContext.TryGetValue(GraphQLOperationTelemetry.ComplexityKey, out var c) && c is double d ? d : double.NaN);
    }

    /// <summary>
    /// The operation and the cost variables' values, when every rule's verdict is a function of them: null when a
    /// rule is not one of ours to reason about, or the transport refuses this operation type (the rules then say so).
    /// </summary>
    private static string? VerdictKey(DocumentFacts facts, ExecutionOptions options, IEnumerable<IValidationRule> rules)
    {
        if (facts.OperationTypeOf(options.OperationName) is not { } type)
        {
            return null;
        }

        foreach (var rule in rules)
        {
            var known = rule switch
            {
                ComplexityValidationRule or IntrospectionLimitRule => true,
                GetAllowsQueriesOnly => type == OperationType.Query,
                SubscriptionsNeedWebSocket => type != OperationType.Subscription,
                _ => false,
            };
            if (!known)
            {
                return null;
            }
        }

        var parts = new List<string>(facts.CostVariables.Count + 1) { options.OperationName ?? "" };
        foreach (var name in facts.CostVariables)
        {
            parts.Add(options.Variables is { } variables && variables.TryGetValue(name, out var value) ? JsonSerializer.Serialize(value) : "\u0000absent");
        }

        return string.Join('\u0001', parts);
    }

    private readonly record struct Key(ISchema Schema, string Hash);

    private sealed class Entry(GraphQLDocument document, DocumentFacts facts)
    {
        public GraphQLDocument Document { get; } = document;

        public DocumentFacts Facts { get; } = facts;

        /// <summary>Verdict key → the complexity figure of that pass (NaN when none was recorded).</summary>
        public ConcurrentDictionary<string, double> Passes { get; } = new(StringComparer.Ordinal);
    }
}
