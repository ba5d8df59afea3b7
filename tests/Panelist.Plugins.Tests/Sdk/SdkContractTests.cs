using System.Text.Json;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;
using Panelist.Plugins.Tests.Support;

namespace Panelist.Plugins.Tests.Sdk;

public sealed class SdkContractTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void The_SDK_is_version_1_1_0()
    {
        Assert.Equal(new Version(1, 1, 0, 0), typeof(IAtsConnector).Assembly.GetName().Version);
    }

    [Fact]
    public void Every_event_type_has_one_record_and_the_records_cover_all_types()
    {
        var types = typeof(IntegrationEvent).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(IntegrationEvent)) && !t.IsAbstract)
            .Select(t => ((IntegrationEvent)Activator.CreateInstance(t)!).EventType)
            .Order()
            .ToList();

        Assert.Equal(IntegrationEventTypes.All.Order(), types);
    }

    [Fact]
    public void An_event_serialized_as_IntegrationEvent_carries_its_type_and_round_trips()
    {
        IntegrationEvent scorecard = SampleEvents.ScorecardSubmitted();

        var json = JsonSerializer.Serialize(scorecard, Web);
        var back = JsonSerializer.Deserialize<IntegrationEvent>(json, Web);

        Assert.StartsWith("""{"type":"scorecard.submitted",""", json);
        Assert.Contains("\"recommendation\":\"Yes\"", json);
        Assert.Contains("\"schemaVersion\":1", json);
        Assert.DoesNotContain("eventType", json);
        var submitted = Assert.IsType<ScorecardSubmitted>(back);
        Assert.Equal("system-design", Assert.Single(submitted.Ratings).CriterionKey);
        Assert.Equal(scorecard with { }, submitted with { Ratings = ((ScorecardSubmitted)scorecard).Ratings });
    }

    [Fact]
    public void Required_settings_and_unknown_fields_are_reported_per_field()
    {
        var descriptor = new ConnectorDescriptor
        {
            Id = "x",
            Name = "X",
            Version = "1.0.0",
            SupportedEvents = [],
            SettingsSchema =
            [
                new SettingField { Name = "apiKey", Label = "API key", Required = true, IsSecret = true },
                new SettingField { Name = "region", Label = "Region" },
            ],
        };

        var result = descriptor.ValidateAgainstSchema(new Dictionary<string, string> { ["apiKey"] = " ", ["colour"] = "blue" });

        Assert.False(result.IsValid);
        Assert.Equal([new SettingError("apiKey", "API key is required."), new SettingError("colour", "'colour' is not a setting of X.")], result.Errors);
        Assert.True(descriptor.ValidateAgainstSchema(new Dictionary<string, string> { ["apiKey"] = "k" }).IsValid);
    }

    [Fact]
    public void An_invalid_result_needs_an_error_and_a_failed_check_needs_a_reason()
    {
        Assert.Throws<ArgumentException>(() => SettingsValidationResult.Invalid());
        Assert.Throws<ArgumentException>(() => ConnectionCheckResult.Failed(" "));
        Assert.True(ConnectionCheckResult.Ok().Succeeded);
    }

    [Fact]
    public void Delivery_results_are_a_closed_set_a_switch_can_cover()
    {
        DeliveryResult[] results = [new Delivered("1"), new RetryLater(TimeSpan.FromSeconds(3), "429"), new Rejected("HTTP_400", "bad")];

        var described = results.Select(r => r switch
        {
            Delivered d => $"delivered {d.ExternalId}",
            RetryLater r2 => $"retry after {r2.After?.TotalSeconds}",
            Rejected x => $"rejected {x.Code}",
            _ => throw new InvalidOperationException(),
        });

        Assert.Equal(["delivered 1", "retry after 3", "rejected HTTP_400"], described);
    }
}
