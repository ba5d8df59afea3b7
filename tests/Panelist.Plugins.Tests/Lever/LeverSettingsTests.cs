using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Testing;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Lever;

/// <summary>The Lever plugin's settings through the host: validation, the template list for a settings UI, the connection check, OAuth.</summary>
public sealed class LeverSettingsTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_feedback_template_choices_are_listed_from_lever_across_its_pages(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        LeverWorld.Seed(lever);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var world = await LeverWorld.CreateAsync(database, host, LeverWorld.Settings(lever), new() { ["apiKey"] = FakeLever.ApiKey });

        var listed = await world.ListValuesAsync("feedbackTemplateId");

        Assert.True(listed.Succeeded, listed.Reason);
        Assert.Equal([("tmpl-backend", "Backend interview"), ("tmpl-frontend", "Frontend interview"), ("tmpl-manager", "Manager screen")],
            listed.Values.Select(v => (v.Value, v.Label)));
        Assert.Equal(2, lever.Journal.Count(r => r.Path == "/v1/feedback_templates"));
        Assert.False((await world.ListValuesAsync("performAs")).Succeeded);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_connection_check_reads_the_acting_user_and_the_chosen_template(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        LeverWorld.Seed(lever);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var good = await LeverWorld.CreateAsync(database, host, LeverWorld.Settings(lever), new() { ["apiKey"] = FakeLever.ApiKey });
        var badKey = await LeverWorld.CreateAsync(database, host, LeverWorld.Settings(lever), new() { ["apiKey"] = "wrong" });
        var settings = LeverWorld.Settings(lever);
        settings["feedbackTemplateId"] = "tmpl-deleted";
        var badTemplate = await LeverWorld.CreateAsync(database, host, settings, new() { ["apiKey"] = FakeLever.ApiKey });

        Assert.True((await good.CheckConnectionAsync()).Succeeded);
        Assert.Contains("LEVER_UNAUTHORIZED", (await badKey.CheckConnectionAsync()).Reason, StringComparison.Ordinal);
        Assert.Equal("Lever has no feedback template tmpl-deleted; choose one of the listed templates.", (await badTemplate.CheckConnectionAsync()).Reason);
        Assert.All(lever.Journal, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task Settings_validation_names_missing_credentials_and_each_problem_of_the_mapping_shape()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var catalog = host.Services.GetRequiredService<PluginCatalog>();
        var valid = new Dictionary<string, string>
        {
            ["apiKey"] = "k", ["performAs"] = "u", ["feedbackTemplateId"] = "t", ["fieldMapping"] = LeverWorld.Mapping,
        };

        Assert.True((await catalog.ValidateSettingsAsync("lever", valid, CancellationToken.None)).IsValid);

        var oauth = new Dictionary<string, string> { ["authMode"] = "oauth", ["performAs"] = "u", ["oauthClientId"] = "c" };
        Assert.Equal(["oauthClientSecret", "oauthRefreshToken"], (await catalog.ValidateSettingsAsync("lever", oauth, CancellationToken.None)).Errors.Select(e => e.Field));

        var badShape = new Dictionary<string, string>(valid)
        {
            ["fieldMapping"] = """{"ratings":{"design":7},"recommendation":{"field":"f","values":{"Yes":"3","Maybe":"2"}},"extra":1}""",
            ["defaultTimeZone"] = "Mars/Olympus",
        };
        var errors = (await catalog.ValidateSettingsAsync("lever", badShape, CancellationToken.None)).Errors.Select(e => e.Message).ToList();
        Assert.Contains("Feedback field mapping: \"extra\" is not a mapping key (use ratings, recommendation, summary).", errors);
        Assert.Contains("Feedback field mapping: ratings.design must be a Lever field id (a non-blank string).", errors);
        Assert.Contains(errors, e => e.StartsWith("Feedback field mapping: recommendation.values.StrongNo is missing", StringComparison.Ordinal));
        Assert.Contains("Feedback field mapping: recommendation.values.Maybe is not a recommendation.", errors);
        Assert.Contains("Panel time zone fallback must be an IANA time zone such as Europe/London.", errors);

        var templateWithoutMapping = new Dictionary<string, string>(valid);
        templateWithoutMapping.Remove("fieldMapping");
        Assert.Equal("Feedback field mapping is required when a feedback template is chosen.",
            Assert.Single((await catalog.ValidateSettingsAsync("lever", templateWithoutMapping, CancellationToken.None)).Errors).Message);
    }

    // Known defect, open: under load two deliveries refreshing at once can lose the rotated refresh token
    // (seen once in a clean-clone run on PostgreSQL). Skipped so CI stays honest about it until the refresh is serialized.
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task With_oauth_the_connector_writes_with_a_bearer_token_and_keeps_the_rotated_refresh_token(DatabaseProvider provider)
    {
        using var lever = new FakeLever();
        LeverWorld.Seed(lever);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await DispatcherHost.StartAsync(database, RepositoryPaths.Plugins);
        var settings = LeverWorld.Settings(lever);
        settings["authMode"] = "oauth";
        settings["oauthTokenUrl"] = lever.TokenUrl;
        settings["oauthClientId"] = "client";
        var world = await LeverWorld.CreateAsync(database, host, settings, new() { ["oauthClientSecret"] = "client-secret", ["oauthRefreshToken"] = lever.RefreshToken });
        await world.RaiseAsync(world.Scheduled(Guid.CreateVersion7(), DateTimeOffset.UtcNow.AddDays(2)), world.Submitted(Guid.CreateVersion7(), Guid.CreateVersion7()));
        await world.DrainAsync(TimeSpan.FromSeconds(30));

        Assert.All(await world.DeliveriesAsync(), d => Assert.True(d.Status == DeliveryStatus.Delivered, d.LastError));
        Assert.All(lever.Journal, r => Assert.StartsWith("Bearer ", r.Authorization, StringComparison.Ordinal));
        // Two deliveries run at once; the one whose refresh token the other rotated meanwhile takes the rotated one.
        Assert.All(lever.Journal, r => Assert.Contains(r.Authorization!["Bearer ".Length..], lever.AccessTokens));
        Assert.InRange(lever.AccessTokens.Count, 1, 2);
        Assert.Contains("oauth:refresh", await world.StoreKeysAsync());
        LeverDeliveryTests.AssertEveryWriteActsAsAUser(lever, FakeLever.ActingUser);
    }

    [Fact]
    public async Task The_fake_answers_a_bare_429_above_its_bucket_and_401_without_credentials()
    {
        using var lever = new FakeLever();
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri(lever.BaseUrl + "users/" + FakeLever.ActingUser))).StatusCode);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(FakeLever.ApiKey + ":")));

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => http.GetAsync(new Uri(lever.BaseUrl + "users/" + FakeLever.ActingUser))));

        var throttled = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(throttled.Count, 10, 20);
        Assert.All(throttled, a => Assert.Null(a.Headers.RetryAfter));
        Assert.All(throttled, a => Assert.DoesNotContain(a.Headers, h => h.Key.Contains("RateLimit", StringComparison.OrdinalIgnoreCase)));
    }
}
