using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Http;
using Panelist.Domain.Common;
using Panelist.Domain.Idempotency;

namespace Panelist.Api.GraphQL.Idempotency;

/// <summary>
/// A mutation request sent over HTTP with an <c>Idempotency-Key</c>: refused while the key runs elsewhere
/// (409) or when the key was used for another request (422); otherwise executed, its mutation fields
/// replaying the outcomes they committed before (see <see cref="IdempotencyScope"/>) and running the rest.
/// Responses are never stored: a replayed field is resolved again, as the caller, so the personal-data
/// read audit and the roles apply to a retry as to the first request, and no candidate data rests in
/// the key table.
/// </summary>
public sealed class IdempotentRequests(IdempotencyScope scope, IdempotencyStore store, IdempotencyKeyLock keyLock, RequestContext caller,
    ILogger<IdempotentRequests> logger)
{
    public bool IsActive => scope.IsActive;

    /// <summary>
    /// The parsed document when it selects a mutation operation; null for queries, which are safe to retry
    /// and ignore the key, and for documents that do not parse, which the executer answers.
    /// </summary>
    public static GraphQLDocument? MutationDocument(IServiceProvider services, GraphQLRequest request)
    {
        try
        {
            var document = services.GetRequiredService<IDocumentBuilder>().Build(request.Query!);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var operation = request.OperationName is { } name
                ? operations.FirstOrDefault(o => o.Name?.StringValue == name)
                : operations.Count == 1 ? operations[0] : null;
            return operation?.Operation == OperationType.Mutation ? document : null;
        }
        catch (GraphQLParserException)
        {
            return null;
        }
    }

    /// <summary>Whose key it is: the token's subject in the organization it acts for. Two callers never share a key.</summary>
    public static string OwnerOf(Actor actor, Guid? organizationId) => $"{actor.Type}:{actor.Id}@{organizationId?.ToString("N") ?? "-"}";

    /// <summary>True when the request was answered here: refused.</summary>
    public async Task<bool> TryAnswerAsync(HttpContext http, string mediaType, string key, GraphQLRequest request)
    {
        var owner = OwnerOf(caller.Actor, caller.OrganizationId);
        if (!await keyLock.TryAcquireAsync(owner, key, http.RequestAborted))
        {
            http.Response.Headers.RetryAfter = "1";
            await TransportErrors.WriteAsync(http, StatusCodes.Status409Conflict, ApiErrorCodes.IdempotencyKeyInProgress,
                $"A request with this {IdempotencyKeyHeader.Name} is still running; retry when it has answered.");
            return true;
        }

        var hash = RequestFingerprint.Of(request);
        var stored = await store.LoadAsync(owner, key, http.RequestAborted);
        if (stored.Any(r => r.RequestHash != hash))
        {
            await keyLock.DisposeAsync();
            await TransportErrors.WriteAsync(http, StatusCodes.Status422UnprocessableEntity, ApiErrorCodes.IdempotencyKeyReused,
                $"This {IdempotencyKeyHeader.Name} was used for another request in the last {IdempotencyRecord.Retention.TotalHours:0} hours; send a new key for a new request.");
            return true;
        }

        scope.Begin(owner, key, hash, stored);
        return false;
    }

    /// <summary>How many mutation fields of this request answered with what they committed before.</summary>
    public int ReplayedFields => scope.ReplayedFields;

    /// <summary>Lets the key go once the request has answered.</summary>
    public async Task CompleteAsync()
    {
        await keyLock.DisposeAsync();
        if (scope.ReplayedFields > 0)
        {
            logger.LogInformation("An idempotent retry replayed {Fields} committed mutation field(s)", scope.ReplayedFields);
        }
    }
}
