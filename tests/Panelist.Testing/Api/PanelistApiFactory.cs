using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Api.Auth;
using Panelist.Domain.Common;
using Panelist.Testing.Databases;

namespace Panelist.Testing.Api;

/// <summary>
/// The real API (same Program, same <c>AddGraphQLApi()</c>) over real HTTP handlers, pointed at a test's
/// own migrated database; it neither migrates nor seeds on start. <paramref name="settings"/> override configuration.
/// </summary>
public sealed class PanelistApiFactory(TestDatabase database, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    /// <summary>A signing key for tests only (base64 of 32 bytes).</summary>
    public const string TestSigningKey = "dGVzdHMtb25seS1zaWduaW5nLWtleS0zMi1ieXRlcyE=";

    /// <summary>An audit checkpoint signing key for tests only (Ed25519, PKCS#8 PEM).</summary>
    public const string TestCheckpointKey = """
        -----BEGIN PRIVATE KEY-----
        MC4CAQAwBQYDK2VwBCIEIMtkRM6CdNX0XauBcyNUSVTL6D5NH0HGSRxz92MzGH7t
        -----END PRIVATE KEY-----
        """;

    public string Environment { get; init; } = "Testing";

    /// <summary>Extra service registrations for a test (e.g. a SQL command counter).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>A client whose requests carry a token for <paramref name="role"/> in <paramref name="organizationId"/>.</summary>
    public GraphQLClient ClientAs(Role role, Guid? organizationId, Guid? interviewerId = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(role, organizationId, interviewerId));
        return new GraphQLClient(client);
    }

    /// <summary>A bearer token for <paramref name="role"/> in <paramref name="organizationId"/>, signed with the test key.</summary>
    public string TokenFor(Role role, Guid? organizationId, Guid? interviewerId = null) =>
        Services.GetRequiredService<TokenIssuer>().Issue($"test:{role}:{organizationId}:{interviewerId}", role, organizationId, null, interviewerId);

    public GraphQLClient Anonymous() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Startup:MigrateDatabase", "false");
        builder.UseSetting("Startup:SeedDemoData", "false");
        builder.UseSetting("Auth:SigningKey", TestSigningKey);
        builder.UseSetting("Privacy:MasterKey", database.MasterKey);
        // Retention runs when a test asks (CandidateRetentionService.RunOnceAsync), not on a timer.
        builder.UseSetting("Privacy:RetentionInterval", "00:00:00");
        // Tests that exercise delivery run the dispatcher themselves, round by round.
        builder.UseSetting("Dispatcher:Enabled", "false");
        builder.UseSetting("Notifications:Enabled", "false");
        // The SLA job's first round runs at start and would race a test's first request; SLA tests run rounds themselves.
        builder.UseSetting("Sla:Enabled", "false");
        builder.UseSetting("Audit:CheckpointKey", TestCheckpointKey);
        // Tests that exercise checkpoints run the signer themselves, or turn it on with a fake clock.
        builder.UseSetting("Audit:CheckpointsEnabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (TestServices is not null)
        {
            builder.ConfigureTestServices(TestServices);
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
