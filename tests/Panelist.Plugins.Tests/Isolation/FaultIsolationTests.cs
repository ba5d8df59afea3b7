using Panelist.Plugins.Hosting;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Tests.Support;

namespace Panelist.Plugins.Tests.Isolation;

/// <summary>Misbehaving plugins next to a well-behaved one: the host and the echo plugin keep working.</summary>
public sealed class FaultIsolationTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(2);
    private readonly PluginsFolder _folder = new();
    private PluginCatalog _catalog = null!;

    static FaultIsolationTests()
    {
        // The hanging plugin blocks a pool thread on purpose; on a 2-core machine the pool would otherwise add
        // threads slowly enough for the well-behaved plugin's calls to outlive their budget.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), io);
    }

    public async Task InitializeAsync()
    {
        foreach (var id in new[] { "echo", "throwing-constructor", "throwing", "hanging" })
        {
            _folder.Add(PluginBuilds.TestPlugin(id));
        }

        _catalog = await TestCatalog.LoadAsync(_folder.Root, CallTimeout, maxConsecutiveTimeouts: 3);
    }

    public async Task DisposeAsync() => await _catalog.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_constructor_that_throws_faults_only_its_plugin()
    {
        var state = _catalog.Find("throwing-constructor")!;

        Assert.Equal(PluginStatus.Faulted, state.Status);
        Assert.Equal("ThrowingConstructorConnector failed while starting: InvalidOperationException: constructor failed on purpose", state.Reason);
        Assert.Equal(
            ["echo:Loaded", "hanging:Loaded", "throwing:Loaded", "throwing-constructor:Faulted"],
            _catalog.Plugins.Select(p => $"{p.Id}:{p.Status}"));
        await AssertEchoWorksAsync();
    }

    [Fact]
    public async Task A_faulted_plugin_is_not_called_and_deliveries_to_it_are_retried_later()
    {
        var result = await _catalog.DeliverAsync("throwing-constructor", TestCatalog.Context(), SampleEvents.InterviewScheduled(), CancellationToken.None);

        var retry = Assert.IsType<RetryLater>(result);
        Assert.StartsWith("connector 'throwing-constructor' is Faulted:", retry.Reason);
    }

    [Fact]
    public async Task ValidateSettings_that_throws_becomes_a_validation_error()
    {
        var result = await _catalog.ValidateSettingsAsync("throwing", new Dictionary<string, string>(), CancellationToken.None);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal("", error.Field);
        Assert.Equal("connector 'throwing' failed: InvalidOperationException: validation failed on purpose", error.Message);
        Assert.Equal(PluginStatus.Loaded, _catalog.Find("throwing")!.Status);
        await AssertEchoWorksAsync();
    }

    [Fact]
    public async Task CheckConnection_that_throws_becomes_a_failed_check()
    {
        var result = await _catalog.CheckConnectionAsync("throwing", TestCatalog.Context(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("connector 'throwing' failed: InvalidOperationException: connection check failed on purpose", result.Reason);
    }

    [Fact]
    public async Task DeliverAsync_that_throws_becomes_RetryLater_and_the_plugin_stays_loaded()
    {
        var result = await _catalog.DeliverAsync("throwing", TestCatalog.Context(), SampleEvents.InterviewScheduled(), CancellationToken.None);

        Assert.Equal(new RetryLater(null, "connector 'throwing' failed: InvalidOperationException: delivery failed on purpose"), result);
        Assert.Equal(PluginStatus.Loaded, _catalog.Find("throwing")!.Status);
        await AssertEchoWorksAsync();
    }

    [Fact]
    public async Task DeliverAsync_that_never_returns_becomes_RetryLater_after_the_timeout_while_echo_keeps_delivering()
    {
        var hanging = _catalog.DeliverAsync("hanging", TestCatalog.Context(), SampleEvents.InterviewScheduled(), CancellationToken.None);
        await AssertEchoWorksAsync();

        var result = await hanging.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(new RetryLater(null, "connector 'hanging' did not answer within 2 s"), result);
        Assert.Equal(PluginStatus.Loaded, _catalog.Find("hanging")!.Status);
    }

    [Fact]
    public async Task A_call_that_blocks_its_thread_does_not_block_the_caller()
    {
        var result = await _catalog.ValidateSettingsAsync("hanging", new Dictionary<string, string>(), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("connector 'hanging' did not answer within 2 s", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task A_connector_cancelled_by_its_time_budget_counts_as_a_timeout()
    {
        var result = await _catalog.CheckConnectionAsync("hanging", TestCatalog.Context(), CancellationToken.None);

        Assert.Equal(ConnectionCheckResult.Failed("connector 'hanging' did not answer within 2 s"), result);
    }

    [Fact]
    public async Task An_installation_whose_calls_keep_hanging_is_no_longer_called_while_other_tenants_still_are()
    {
        var slowTenant = TestCatalog.Context();
        for (var i = 0; i < 3; i++)
        {
            Assert.IsType<RetryLater>(await _catalog.DeliverAsync("hanging", slowTenant, SampleEvents.InterviewScheduled(), CancellationToken.None));
        }

        var refused = await _catalog.DeliverAsync("hanging", slowTenant, SampleEvents.InterviewScheduled(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(1));
        Assert.StartsWith("connector 'hanging' hung 3 calls in a row for this installation", Assert.IsType<RetryLater>(refused).Reason);
        Assert.Equal(PluginStatus.Loaded, _catalog.Find("hanging")!.Status);
        var otherTenant = await _catalog.DeliverAsync("hanging", TestCatalog.Context(installationId: Guid.CreateVersion7()), SampleEvents.InterviewScheduled(), CancellationToken.None);
        Assert.Equal(new RetryLater(null, "connector 'hanging' did not answer within 2 s"), otherTenant);
        await AssertEchoWorksAsync();
    }

    [Fact]
    public async Task A_connector_that_honours_its_budget_gets_no_strikes()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.False((await _catalog.CheckConnectionAsync("hanging", TestCatalog.Context(), CancellationToken.None)).Succeeded);
        }

        Assert.Equal(ConnectionCheckResult.Failed("connector 'hanging' did not answer within 2 s"),
            await _catalog.CheckConnectionAsync("hanging", TestCatalog.Context(), CancellationToken.None));
    }

    [Fact]
    public async Task A_plugin_whose_calls_for_no_installation_keep_hanging_is_faulted_and_unloaded()
    {
        for (var i = 0; i < 3; i++)
        {
            await _catalog.ValidateSettingsAsync("hanging", new Dictionary<string, string>(), CancellationToken.None);
        }

        var state = _catalog.Find("hanging")!;
        Assert.Equal(PluginStatus.Faulted, state.Status);
        Assert.Equal("3 calls in a row did not answer within 2 s (last: ValidateSettingsAsync)", state.Reason);
        var next = await _catalog.DeliverAsync("hanging", TestCatalog.Context(), SampleEvents.InterviewScheduled(), CancellationToken.None);
        Assert.StartsWith("connector 'hanging' is Faulted:", Assert.IsType<RetryLater>(next).Reason);
        await AssertEchoWorksAsync();
    }

    [Fact]
    public async Task The_hosts_own_cancellation_is_an_OperationCanceledException()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _catalog.DeliverAsync("hanging", TestCatalog.Context(), SampleEvents.InterviewScheduled(), cancelled.Token));
    }

    [Fact]
    public async Task An_event_type_the_connector_does_not_support_is_rejected_without_calling_it()
    {
        var result = await _catalog.DeliverAsync("echo", TestCatalog.Context(), SampleEvents.EngagementClosed(), CancellationToken.None);

        Assert.Equal(new Rejected("EVENT_NOT_SUPPORTED", "echo does not deliver engagement.closed events"), result);
    }

    [Fact]
    public async Task Required_settings_are_checked_before_the_connector_is_called()
    {
        var missing = await _catalog.ValidateSettingsAsync("echo", new Dictionary<string, string>(), CancellationToken.None);
        var refused = await _catalog.ValidateSettingsAsync("echo", new Dictionary<string, string> { ["token"] = "bad" }, CancellationToken.None);

        Assert.Equal([new SettingError("token", "Token is required.")], missing.Errors);
        Assert.Equal([new SettingError("token", "Token is refused.")], refused.Errors);
    }

    [Fact]
    public async Task An_unknown_connector_is_retried_later_and_fails_validation()
    {
        var delivery = await _catalog.DeliverAsync("nope", TestCatalog.Context(), SampleEvents.InterviewScheduled(), CancellationToken.None);
        var validation = await _catalog.ValidateSettingsAsync("nope", new Dictionary<string, string>(), CancellationToken.None);

        Assert.Equal(new RetryLater(null, "no connector 'nope' is installed on this host"), delivery);
        Assert.Equal("no connector 'nope' is installed on this host", Assert.Single(validation.Errors).Message);
    }

    private async Task AssertEchoWorksAsync()
    {
        var result = await _catalog.DeliverAsync("echo", TestCatalog.Context(), SampleEvents.InterviewScheduled(), CancellationToken.None);
        Assert.Equal(new Delivered("echo-key-1"), result);
        var validation = await _catalog.ValidateSettingsAsync("echo", new Dictionary<string, string> { ["token"] = "t" }, CancellationToken.None);
        Assert.True(validation.IsValid);
    }
}
