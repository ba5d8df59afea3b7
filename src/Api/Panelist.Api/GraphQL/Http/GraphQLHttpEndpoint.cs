using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;

namespace Panelist.Api.GraphQL.Http;

/// <summary>GraphQL over HTTP: POST with a JSON body, GET with query parameters; the SDL at <c>/graphql/schema.graphql</c>.</summary>
public static class GraphQLHttpEndpoint
{
    public static WebApplication MapGraphQLEndpoints(this WebApplication app)
    {
        app.MapPost("/graphql", async (HttpContext http, IGraphQLSerializer serializer) =>
        {
            GraphQLRequest? request;
            try
            {
                request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
            }
            catch (System.Text.Json.JsonException)
            {
                return Results.Json(new { errors = new[] { new { message = "The body is not valid JSON.", extensions = new { code = "BAD_REQUEST" } } } }, statusCode: 400);
            }

            await ExecuteAsync(http, serializer, request ?? new GraphQLRequest());
            return Results.Empty;
        });
        app.MapGet("/graphql", async (HttpContext http, IGraphQLSerializer serializer) =>
        {
            var query = http.Request.Query;
            await ExecuteAsync(http, serializer, new GraphQLRequest { Query = query["query"], OperationName = query["operationName"] });
        });
        app.MapGet("/graphql/schema.graphql", (IServiceProvider services) => Results.Text(SchemaExport.Sdl(services), "text/plain; charset=utf-8"));
        return app;
    }

    private static async Task ExecuteAsync(HttpContext http, IGraphQLSerializer serializer, GraphQLRequest request)
    {
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.StatusCode = result.Executed ? 200 : 400;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
