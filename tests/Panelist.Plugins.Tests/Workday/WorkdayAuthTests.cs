using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting.Calling;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Workday;

/// <summary>OAuth against a tenant that rotates refresh tokens, WS-Security, refused credentials and the connection check, through the real host.</summary>
public sealed class WorkdayAuthTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_rotated_refresh_token_is_stored_before_use_and_survives_a_failed_call_and_a_host_restart(DatabaseProvider provider)
    {
        using var workday = new FakeWorkday();
        await using var database = await TestDatabase.CreateAsync(provider);
        WorkdayWorld world;
        await using (var first = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins))
        {
            world = await WorkdayWorld.CreateAsync(database, first, WorkdayWorld.Settings(workday), WorkdayWorld.Secrets());
            // The token call rotates rt-1 to rt-2; the SOAP call after it fails, so the delivery is retried.
            workday.FailNext = 1;
            await world.RaiseAsync(1, IntegrationEventType.InterviewScheduled);
            await world.DrainAsync(TimeSpan.FromSeconds(20));
        }

        // A new replica, and Workday has revoked the access token: the next refresh must present the rotated token.
        workday.ExpireAccessTokens();
        await using var second = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var restarted = world.On(second);
        await restarted.RaiseAsync(2, IntegrationEventType.InterviewScheduled);
        await restarted.DrainAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(["rt-1", "rt-2"], workday.RefreshTokensUsed);
        Assert.Equal("rt-3", workday.CurrentRefreshToken);
        var deliveries = await restarted.DeliveriesAsync();
        Assert.Equal([(DeliveryStatus.Delivered, 2), (DeliveryStatus.Delivered, 1)], deliveries.Select(d => (d.Status, d.Attempts)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Each_expired_access_token_is_refreshed_with_the_newest_refresh_token(DatabaseProvider provider)
    {
        // Lifetimes under the connector's 30 s margin: every delivery needs a new token, and every refresh rotates.
        using var workday = new FakeWorkday { AccessLifetime = TimeSpan.FromSeconds(20) };
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins, o => o.BatchSize = 1);
        var world = await WorkdayWorld.CreateAsync(database, host, WorkdayWorld.Settings(workday), WorkdayWorld.Secrets());
        for (var candidate = 0; candidate < 4; candidate++)
        {
            await world.RaiseAsync(candidate, IntegrationEventType.InterviewScheduled);
        }

        await world.DrainAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(["rt-1", "rt-2", "rt-3", "rt-4"], workday.RefreshTokensUsed);
        Assert.All(await world.DeliveriesAsync(), d => Assert.Equal((DeliveryStatus.Delivered, 1), (d.Status, d.Attempts)));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task A_refused_refresh_token_or_client_dead_letters_with_an_auth_code_on_the_first_attempt(DatabaseProvider provider)
    {
        using var workday = new FakeWorkday();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var revoked = await WorkdayWorld.CreateAsync(database, host, WorkdayWorld.Settings(workday), WorkdayWorld.Secrets(refreshToken: "rt-revoked"));
        var secrets = WorkdayWorld.Secrets();
        secrets["clientSecret"] = "wrong";
        var wrongClient = await WorkdayWorld.CreateAsync(database, host, WorkdayWorld.Settings(workday), secrets);
        await revoked.RaiseAsync(1, IntegrationEventType.InterviewScheduled);
        await wrongClient.RaiseAsync(1, IntegrationEventType.InterviewScheduled);

        await revoked.DrainAsync(TimeSpan.FromSeconds(20));
        await wrongClient.DrainAsync(TimeSpan.FromSeconds(20));

        var refused = Assert.Single(await revoked.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.DeadLettered, 1), (refused.Status, refused.Attempts));
        Assert.StartsWith("WORKDAY_AUTH_INVALID_GRANT", refused.LastError, StringComparison.Ordinal);
        var client = Assert.Single(await wrongClient.DeliveriesAsync());
        Assert.Equal((DeliveryStatus.DeadLettered, 1), (client.Status, client.Attempts));
        Assert.StartsWith("WORKDAY_AUTH_INVALID_CLIENT", client.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", client.LastError, StringComparison.Ordinal);
        Assert.Empty(workday.Calls);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task WS_Security_sends_the_user_name_token_and_the_connection_check_reports_refused_credentials(DatabaseProvider provider)
    {
        using var workday = new FakeWorkday();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var settings = WorkdayWorld.Settings(workday);
        settings["authMode"] = "wsSecurity";
        settings["username"] = "ISU_Panelist";
        var isu = await WorkdayWorld.CreateAsync(database, host, settings, new Dictionary<string, string> { ["password"] = FakeWorkday.IsuPassword });
        var wrong = await WorkdayWorld.CreateAsync(database, host, settings, new Dictionary<string, string> { ["password"] = "nope" });
        var caller = host.Services.GetRequiredService<ConnectorCaller>();

        var ok = await caller.CheckConnectionAsync(await isu.InstallationAsync(), default);
        var refused = await caller.CheckConnectionAsync(await wrong.InstallationAsync(), default);
        await isu.RaiseAsync(1, IntegrationEventType.InterviewScheduled);
        await isu.DrainAsync(TimeSpan.FromSeconds(20));

        Assert.True(ok.Result.Succeeded, ok.Result.Reason);
        Assert.False(refused.Result.Succeeded);
        Assert.Contains("WORKDAY_AUTH_REFUSED", refused.Result.Reason, StringComparison.Ordinal);
        Assert.Equal(["Get_Interviews", "Put_Interview"], workday.Calls.Select(c => c.Operation));
        Assert.Empty(workday.RefreshTokensUsed);
        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(await isu.DeliveriesAsync()).Status);
    }
}
