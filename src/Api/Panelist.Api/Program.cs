using Panelist.Api;
using Panelist.Api.Auth;
using Panelist.Api.CandidatePages;
using Panelist.Api.Connectors;
using Panelist.Api.GraphiQL;
using Panelist.Api.GraphQL.Http;
using Panelist.Api.GraphQL.WebSockets;
using Panelist.Api.Health;
using Panelist.Api.Notifications;
using Panelist.Api.Sla;
using Panelist.Api.Startup;
using Panelist.Api.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.AddPanelistTelemetry();
builder.AddPanelistDomain();
builder.AddPanelistAuthentication();
builder.AddConnectorHosting();
builder.AddNotificationDelivery();
builder.AddGraphQLApi();
builder.AddSlaJob();
builder.AddCandidatePage();

var app = builder.Build();
if (await app.TryRunCommandAsync(args))
{
    return;
}

await app.PrepareDatabaseAsync();
app.UsePanelistAuthentication();
app.UseRateLimiter();
app.UseGraphQLWebSockets();
app.MapHealthEndpoints();
app.MapDevTokenEndpoint();
app.MapGraphiQL();
app.MapGraphQLEndpoints();
app.MapCandidatePage();
await app.RunAsync();

/// <summary>Visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the API tests.</summary>
public partial class Program;
