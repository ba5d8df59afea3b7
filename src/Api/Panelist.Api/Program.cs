using Panelist.Api;
using Panelist.Api.GraphQL.Http;
using Panelist.Api.Health;
using Panelist.Api.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddPanelistDomain();
builder.Services.AddGraphQLApi();

var app = builder.Build();
if (await app.TryRunCommandAsync(args))
{
    return;
}

await app.PrepareDatabaseAsync();
app.MapHealthEndpoints();
app.MapGraphQLEndpoints();
await app.RunAsync();

/// <summary>Visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the API tests.</summary>
public partial class Program;
