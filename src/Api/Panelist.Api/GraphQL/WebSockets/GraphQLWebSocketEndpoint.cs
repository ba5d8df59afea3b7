using System.Net.WebSockets;
using Microsoft.Extensions.Options;
using Panelist.Api.GraphQL.Limits;

namespace Panelist.Api.GraphQL.WebSockets;

/// <summary>
/// WebSocket upgrades of <c>/graphql</c>. Mounted after the rate limiter, so an upgrade counts against
/// the client's window like any request to <c>/graphql</c>; the token comes later, in <c>connection_init</c>.
/// </summary>
public static class GraphQLWebSocketEndpoint
{
    public static IServiceCollection AddGraphQLWebSockets(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLWebSocketOptions>().Bind(configuration.GetSection(GraphQLWebSocketOptions.Section));
        services.AddSingleton<Subscriptions.SharedStreams>();
        services.AddSingleton<Subscriptions.SharedRowLoads>();
        return services;
    }

    public static WebApplication UseGraphQLWebSockets(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<GraphQLWebSocketOptions>>().Value;
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = options.KeepAliveInterval });
        app.Use((http, next) => http.WebSockets.IsWebSocketRequest && http.Request.Path == "/graphql" ? AcceptAsync(http) : next(http));
        return app;
    }

    private static async Task AcceptAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<GraphQLWebSocketOptions>>().Value;
        var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWebSocketOptions.Subprotocol);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(offered ? GraphQLWebSocketOptions.Subprotocol : null);
        if (!offered)
        {
            await socket.CloseAsync((WebSocketCloseStatus)CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", http.RequestAborted);
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Panelist.GraphQL.WebSockets");
        await new GraphQLWebSocketSession(socket, http, options, services.GetRequiredService<IOptions<LimitOptions>>().Value,
            services.GetRequiredService<TimeProvider>(), logger).RunAsync();
    }
}
