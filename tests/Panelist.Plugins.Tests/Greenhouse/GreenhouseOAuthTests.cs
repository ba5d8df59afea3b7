using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Plugins.Tests.Support;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Greenhouse;

/// <summary>Harvest v3: OAuth client credentials, one token cached in the installation's store for every delivery until it expires.</summary>
public sealed class GreenhouseOAuthTests
{
    internal static void V3(FakeGreenhouse greenhouse, Dictionary<string, string> settings, Dictionary<string, string> secrets, string secret = FakeGreenhouse.ClientSecret)
    {
        settings["apiVersion"] = "harvest-v3";
        settings["tokenUrl"] = greenhouse.TokenUrl;
        settings["clientId"] = FakeGreenhouse.ClientId;
        secrets.Remove("apiKey");
        secrets["clientSecret"] = secret;
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Harvest_v3_takes_one_client_credentials_token_and_sends_it_as_bearer_on_every_request(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse, (settings, secrets) => V3(greenhouse, settings, secrets));
        var interviewer = await Interviewers.AddAsync(database, $"gh-v3-{provider}");
        await world.MapAsync(interviewer, "4711");
        var interviewId = Guid.CreateVersion7();

        await world.RaiseAsync(world.Scheduled(interviewId, interviewer), GreenhouseScorecardTests.Submitted(world, interviewId));
        await world.DrainAsync();

        Assert.Equal(1, greenhouse.TokensIssued);
        var token = Assert.Single(greenhouse.Calls("POST", "/token"));
        Assert.Contains("grant_type=client_credentials", token.Body, StringComparison.Ordinal);
        Assert.Contains("sub=4080", token.Body, StringComparison.Ordinal);
        var api = greenhouse.Journal.Where(r => r.Path != "/token").ToList();
        Assert.Equal(["GET /v3/scheduled_interviews", "POST /v3/scheduled_interviews", "POST /v3/notes"], api.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(api, r => Assert.Equal("Bearer v3-token-1", r.Authorization));
        Assert.Equal(FakeGreenhouse.Candidate, (long)api[2].Json["candidate_id"]!);
        Assert.Single(greenhouse.Interviews);
        Assert.Single(greenhouse.Notes);
        Assert.All(await world.Deliveries.DeliveriesAsync(), d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
        await using var check = database.AsSystem(world.OrganizationId);
        // The interview's id and the token; the note's id too.
        Assert.Equal(3, await check.Db.ConnectorState.CountAsync());
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_refused_client_secret_dead_letters_with_GREENHOUSE_BAD_CREDENTIALS(DatabaseProvider provider)
    {
        using var greenhouse = new FakeGreenhouse();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await GreenhouseWorld.CreateAsync(database, host, greenhouse, (settings, secrets) => V3(greenhouse, settings, secrets, "wrong-secret"));
        var interviewer = await Interviewers.AddAsync(database, $"gh-v3-bad-{provider}");
        await world.MapAsync(interviewer, "4711");

        await world.RaiseAsync(world.Scheduled(Guid.CreateVersion7(), interviewer));
        await world.DrainAsync();

        var delivery = Assert.Single(await world.Deliveries.DeliveriesAsync());
        Assert.Equal(DeliveryStatus.DeadLettered, delivery.Status);
        Assert.StartsWith("GREENHOUSE_BAD_CREDENTIALS: Greenhouse's token endpoint refused", delivery.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret", delivery.LastError, StringComparison.Ordinal);
        Assert.Equal(0, greenhouse.TokensIssued);
    }
}
