using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Testing.Api;

/// <summary>
/// The real API (same Program, same <c>AddGraphQLApi()</c>) over real HTTP handlers, pointed at a test's
/// own migrated database; it neither migrates nor seeds on start. <paramref name="settings"/> override configuration.
/// </summary>
public sealed class PanelistApiFactory(TestDatabase database, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Startup:MigrateDatabase", "false");
        builder.UseSetting("Startup:SeedDemoData", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
