using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Integrations;

/// <summary>Integration events become outbox rows in the same transaction as the change, per interested installation.</summary>
public sealed class OutboxTests
{
    private static readonly JsonSerializerOptions SdkJson = new(JsonSerializerDefaults.Web);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Scheduling_writes_one_delivery_per_installation_that_wants_the_event(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var wanting = await InstallAsync(world, "greenhouse", [IntegrationEventType.InterviewScheduled, IntegrationEventType.ScorecardSubmitted]);
        await InstallAsync(world, "lever", [IntegrationEventType.ScorecardSubmitted]);
        var disabled = await InstallAsync(world, "workday", [IntegrationEventType.InterviewScheduled]);
        await using (var scope = world.AsClientAdmin())
        {
            (await scope.Db.ConnectorInstallations.SingleAsync(i => i.Id == disabled)).Disable();
            await scope.Db.SaveChangesAsync();
        }

        var interviewId = await world.ScheduleInterviewAsync(DomainWorld.Day(2));

        var deliveries = await DeliveriesAsync(world);
        var delivery = Assert.Single(deliveries);
        Assert.Equal(wanting, delivery.InstallationId);
        Assert.Equal(IntegrationEventType.InterviewScheduled, delivery.EventType);
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.Equal(interviewId.ToString("N"), delivery.OrderingKey);
        Assert.Equal($"{delivery.EventId:N}:{wanting:N}", delivery.IdempotencyKey);
        using var payload = JsonDocument.Parse(delivery.PayloadJson);
        var data = payload.RootElement;
        Assert.Equal(IntegrationEventType.InterviewScheduled, data.GetProperty("type").GetString());
        Assert.Equal(2, payload.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.False(string.IsNullOrEmpty(data.GetProperty("ats").GetProperty("candidateId").GetString()));
        Assert.DoesNotContain("@", delivery.PayloadJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_change_writes_no_delivery()
    {
        await using var world = await DomainWorld.CreateAsync();
        await InstallAsync(world, "greenhouse", [.. IntegrationEventType.All]);
        var interviewId = await world.RequestInterviewAsync();

        var refused = await world.TryScheduleAsync(interviewId, world.Now.AddHours(-1));

        Assert.False(refused.Succeeded);
        Assert.Empty(await DeliveriesAsync(world));
    }

    [Fact]
    public async Task Submitting_a_scorecard_sends_its_ratings_and_recommendation()
    {
        await using var world = await DomainWorld.CreateAsync();
        await InstallAsync(world, "greenhouse", [IntegrationEventType.ScorecardSubmitted, IntegrationEventType.InterviewCompleted]);
        var interviewId = await world.CompletedInterviewAsync(DomainWorld.Day(2));

        var submitted = await world.SubmitScorecardAsync(interviewId, DomainWorld.Ratings(design: 3, coding: 4));

        Assert.True(submitted.Succeeded);
        var deliveries = await DeliveriesAsync(world);
        Assert.Equal([IntegrationEventType.InterviewCompleted, IntegrationEventType.ScorecardSubmitted], deliveries.Select(d => d.EventType));
        using var payload = JsonDocument.Parse(deliveries[1].PayloadJson);
        var data = payload.RootElement;
        Assert.Equal("Yes", data.GetProperty("recommendation").GetString());
        Assert.Equal(2, data.GetProperty("ratings").GetArrayLength());
        Assert.All(deliveries, d => Assert.Equal(interviewId.ToString("N"), d.OrderingKey));
    }

    [Fact]
    public async Task Every_event_the_domain_raises_reads_as_the_SDK_event_connectors_receive()
    {
        await using var world = await DomainWorld.CreateAsync();
        await InstallAsync(world, "greenhouse", [.. IntegrationEventType.All]);
        var completed = await world.CompletedInterviewAsync(DomainWorld.Day(2));
        await world.SubmitScorecardAsync(completed, DomainWorld.Ratings(design: 3, coding: 4));
        await using (var scope = world.AsInterviewer())
        {
            (await scope.Get<Domain.Scorecards.ScorecardService>().AmendAsync(completed, DomainWorld.Ratings(design: 4, coding: 4), "Recalibrated")).Unwrap();
        }

        var later = await world.ScheduleInterviewAsync(DomainWorld.Day(4));
        await using (var scope = world.AsRecruiter())
        {
            (await scope.Get<Domain.Interviews.InterviewService>().ScheduleAsync(later, world.AssignmentId, DomainWorld.Day(4, 14), DomainWorld.Day(4, 15))).Unwrap();
            await scope.Get<Domain.Interviews.InterviewService>().CancelAsync(later, "Candidate withdrew");
            await scope.Get<Domain.Engagements.EngagementService>().CloseAsync(world.EngagementId, "Role filled");
        }

        await world.AssignAsync(await world.AddActiveEngagementAsync(world.Details()), await world.AddInterviewerAsync());
        await using (var admin = world.AsClientAdmin())
        {
            var candidateId = await admin.Db.Interviews.Where(i => i.Id == later).Select(i => i.CandidateId!.Value).SingleAsync();
            (await admin.Get<Domain.Candidates.CandidateService>().EraseAsync(candidateId)).Unwrap();
        }

        var deliveries = await DeliveriesAsync(world);
        Assert.Equal(IntegrationEventType.All.Order(), deliveries.Select(d => d.EventType).Distinct().Order());
        Assert.All(deliveries, d =>
        {
            var sdkEvent = JsonSerializer.Deserialize<Panelist.Plugins.Sdk.Events.IntegrationEvent>(d.PayloadJson, SdkJson)!;
            Assert.Equal(d.EventType, sdkEvent.EventType);
            Assert.Equal(d.EventId, sdkEvent.EventId);
        });
    }

    private static async Task<Guid> InstallAsync(DomainWorld world, string connector, string[] events)
    {
        await using var scope = world.AsClientAdmin();
        var installation = new ConnectorInstallation(world.OrganizationId, connector, connector, "{}", "", events);
        scope.Db.ConnectorInstallations.Add(installation);
        await scope.Db.SaveChangesAsync();
        return installation.Id;
    }

    private static async Task<List<Delivery>> DeliveriesAsync(DomainWorld world)
    {
        await using var scope = world.AsClientAdmin();
        return [.. (await scope.Db.Deliveries.AsNoTracking().ToListAsync()).OrderBy(d => d.CreatedAt).ThenBy(d => d.EventType == IntegrationEventType.ScorecardSubmitted)];
    }
}
