using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Panelist.Api.GraphQL.Errors;
using Panelist.Api.GraphQL.Idempotency;
using Panelist.Api.GraphQL.Limits;
using Panelist.Domain.Common;

namespace Panelist.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the spec and the graphql-http audit): POST with a JSON body, GET for queries only,
/// <c>application/graphql-response+json</c> or <c>application/json</c> by Accept, 4xx (never 500) for bad
/// requests, 401 without a valid token. The SDL is served at <c>/graphql/schema.graphql</c>.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public static WebApplication MapGraphQLEndpoints(this WebApplication app)
    {
        app.MapMethods("/graphql", ["GET", "POST"], HandleAsync).RequireRateLimiting(RateLimiting.Policy);
        app.MapMethods("/graphql", ["PUT", "PATCH", "DELETE"], (HttpContext http) =>
        {
            http.Response.Headers.Allow = "GET, POST";
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        });
        app.MapGet("/graphql/schema.graphql", (IServiceProvider services) => Results.Text(SchemaExport.Sdl(services), "text/plain; charset=utf-8"));
        return app;
    }

    private static async Task HandleAsync(HttpContext http, IGraphQLTextSerializer serializer, IOptions<LimitOptions> limits, RequestContext caller)
    {
        var mediaType = MediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            await TransportErrors.BadRequest(http, StatusCodes.Status406NotAcceptable, "Accept application/graphql-response+json or application/json.");
            return;
        }

        if (!caller.IsAuthenticated)
        {
            await TransportErrors.WriteAsync(http, StatusCodes.Status401Unauthorized, ApiErrorCodes.Unauthenticated, await Auth.AuthenticationFailures.DescribeAsync(http));
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var (request, problem, status) = isGet ? ReadGet(http, serializer) : await ReadPostAsync(http, serializer, limits.Value);
        if (request is null)
        {
            await TransportErrors.WriteAsync(http, status, status == StatusCodes.Status413PayloadTooLarge ? ApiErrorCodes.DocumentTooLarge : ApiErrorCodes.BadRequest, problem!);
            return;
        }

        // A hash-only request stands for the text this replica knows, so that the idempotency fingerprint sees it.
        request.Query ??= http.RequestServices.GetRequiredService<Documents.PersistedQueryExecution>().Peek(request.Extensions, request.DocumentId);
        if (request.Query?.Length > limits.Value.MaxDocumentLength)
        {
            await TransportErrors.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, ApiErrorCodes.DocumentTooLarge,
                $"The document has {request.Query.Length} characters; the limit is {limits.Value.MaxDocumentLength}.");
            return;
        }

        var (key, keyProblem) = IdempotencyKeyHeader.Read(http.Request);
        if (keyProblem is not null)
        {
            await TransportErrors.WriteAsync(http, StatusCodes.Status400BadRequest, ApiErrorCodes.IdempotencyKeyInvalid, keyProblem);
            return;
        }

        // The key applies to mutations only (queries are safe to retry and ignore it); GET carries none.
        var document = key is null || isGet || request.Query is null ? null : IdempotentRequests.MutationDocument(http.RequestServices, request);
        var idempotent = http.RequestServices.GetRequiredService<IdempotentRequests>();
        if (document is not null && await idempotent.TryAnswerAsync(http, mediaType, key!, request))
        {
            return;
        }

        var result = await ExecuteAsync(http, request, isGet);
        if (isGet && result.Errors?.Any(e => e.Code == GetAllowsQueriesOnly.Code) == true)
        {
            http.Response.Headers.Allow = "POST";
            await TransportErrors.BadRequest(http, StatusCodes.Status405MethodNotAllowed, "Mutations and subscriptions need POST.");
            return;
        }

        // PERSISTED_QUERY_NOT_FOUND is 200 as in Apollo Server: the client's cue to resend with the text.
        http.Response.StatusCode = result.Executed || mediaType == MediaTypes.Json || IsPersistedQueryMiss(result)
            ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        if (idempotent.IsActive)
        {
            if (idempotent.ReplayedFields > 0)
            {
                http.Response.Headers[IdempotencyKeyHeader.ReplayedHeader] = "true";
            }

            await idempotent.CompleteAsync();
        }

        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static bool IsPersistedQueryMiss(ExecutionResult result) =>
        result.Errors is [{ Code: Documents.PersistedQueryCodes.NotFound }];

    /// <summary>Timeout, audits, limits and error shaping belong to the execution itself (<see cref="Execution.PanelistExecution"/>).</summary>
    private static Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, bool isGet)
    {
        IValidationRule transportRule = isGet ? GetAllowsQueriesOnly.Instance : SubscriptionsNeedWebSocket.Instance;
        return http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
            ValidationRules = [.. DocumentValidator.CoreRules, transportRule],
            // A document from the DocumentCache passed the core rules already; the transport's rule depends on the request.
            CachedDocumentValidationRules = [transportRule],
        });
    }

    private static (GraphQLRequest?, string?, int) ReadGet(HttpContext http, IGraphQLTextSerializer serializer)
    {
        var (request, error) = GraphQLRequestReader.FromQueryString(http.Request.Query, serializer);
        return (request, error, StatusCodes.Status400BadRequest);
    }

    private static async Task<(GraphQLRequest?, string?, int)> ReadPostAsync(HttpContext http, IGraphQLTextSerializer serializer, LimitOptions limits)
    {
        if (!MediaTypes.IsJsonUtf8(http.Request))
        {
            return (null, "Send the request as application/json (UTF-8).", StatusCodes.Status415UnsupportedMediaType);
        }

        if (http.Request.ContentLength > limits.MaxBodyBytes)
        {
            return (null, $"The body is larger than {limits.MaxBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limits.MaxBodyBytes;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            var (request, error) = GraphQLRequestReader.FromJson(document.RootElement, serializer);
            return (request, error, StatusCodes.Status400BadRequest);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON.", StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, $"The body is larger than {limits.MaxBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }
    }
}
