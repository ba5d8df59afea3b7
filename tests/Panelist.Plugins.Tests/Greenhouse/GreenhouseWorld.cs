using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Sdk.Events;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Testing.Databases;

namespace Panelist.Plugins.Tests.Greenhouse;

/// <summary>An organization with the built Greenhouse plugin installed against a <see cref="FakeGreenhouse"/>, and the events its tests raise.</summary>
internal sealed class GreenhouseWorld
{
    private readonly TestDatabase _database;
    private readonly DispatcherHost _host;

    private GreenhouseWorld(TestDatabase database, DispatcherHost host, Guid organizationId, Guid installationId)
    {
        _database = database;
        _host = host;
        OrganizationId = organizationId;
        InstallationId = installationId;
        Deliveries = new DeliveryWorld(database, host, organizationId, installationId);
    }

    public Guid OrganizationId { get; }

    public Guid InstallationId { get; }

    /// <summary>Reading and draining the installation's deliveries.</summary>
    public DeliveryWorld Deliveries { get; }

    /// <summary>Harvest v1/v2 with the fake's key and acting user, unless <paramref name="change"/> says otherwise.</summary>
    public static async Task<GreenhouseWorld> CreateAsync(TestDatabase database, DispatcherHost host, FakeGreenhouse greenhouse,
        Action<Dictionary<string, string>, Dictionary<string, string>>? change = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["apiVersion"] = "harvest-v1", ["baseUrl"] = greenhouse.BaseUrl, ["onBehalfOfUserId"] = FakeGreenhouse.ActingUser.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var secrets = new Dictionary<string, string> { ["apiKey"] = FakeGreenhouse.ApiKey };
        change?.Invoke(settings, secrets);

        var organization = new Organization($"gh-{Guid.NewGuid():N}"[..20], "Greenhouse test");
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            scope.Db.Organizations.Add(organization);
            await scope.Db.SaveChangesAsync();
        }

        await using var services = host.Services.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<RequestContext>().Set(Panelist.Domain.Common.Actor.System("test"), organization.Id);
        var db = services.ServiceProvider.GetRequiredService<PanelistDbContext>();
        var protectedSecrets = services.ServiceProvider.GetRequiredService<ISecretProtector>().Protect(secrets);
        var installation = new ConnectorInstallation(organization.Id, "greenhouse", "Greenhouse", System.Text.Json.JsonSerializer.Serialize(settings), protectedSecrets,
            IntegrationEventType.All);
        db.ConnectorInstallations.Add(installation);
        await db.SaveChangesAsync();
        return new GreenhouseWorld(database, host, organization.Id, installation.Id);
    }

    /// <summary>Raises each event in its own unit of work, as the domain would.</summary>
    public async Task RaiseAsync(params Panelist.Plugins.Sdk.Events.IntegrationEvent[] events)
    {
        await using var services = _host.Services.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<RequestContext>().Set(Panelist.Domain.Common.Actor.System("test"), OrganizationId);
        var outbox = services.ServiceProvider.GetRequiredService<Outbox>();
        var unitOfWork = services.ServiceProvider.GetRequiredService<UnitOfWork>();
        foreach (var integrationEvent in events)
        {
            (await unitOfWork.ExecuteAsync(() =>
            {
                outbox.Raise(integrationEvent);
                return Task.FromResult(true);
            }, default)).Unwrap();
        }
    }

    public async Task MapAsync(Guid interviewerId, string greenhouseUserId)
    {
        await using var scope = _database.AsSystem(OrganizationId);
        (await scope.Get<InterviewerMappingService>().MapAsync(InstallationId, interviewerId, greenhouseUserId)).Unwrap();
    }

    public async Task RelayAsync(string pattern)
    {
        await using var scope = _database.AsSystem(OrganizationId);
        (await scope.Get<InterviewerMappingService>().SetRelayAddressPatternAsync(InstallationId, pattern)).Unwrap();
    }

    public Task DrainAsync() => Deliveries.DrainAsync(TimeSpan.FromSeconds(30));

    public static AtsReferences Ats { get; } = new()
    {
        JobId = "4001", CandidateId = FakeGreenhouse.Candidate.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ApplicationId = FakeGreenhouse.Application.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StageId = "7001", HiringPlanInterviewId = FakeGreenhouse.PlanInterview.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static DateTimeOffset Start { get; } = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    public InterviewScheduled Scheduled(Guid interviewId, Guid? interviewerId, AtsReferences? ats = null) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, OrganizationId = OrganizationId, Ats = ats ?? Ats, InterviewId = interviewId,
        EngagementId = Guid.Empty, InterviewerId = interviewerId, InterviewerName = "Ada Lovelace", EngagementTitle = "Backend engineer",
        ScheduledStart = Start, ScheduledEnd = Start.AddHours(1),
    };

    public InterviewRescheduled Rescheduled(Guid interviewId, Guid? interviewerId, TimeSpan by) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, OrganizationId = OrganizationId, Ats = Ats, InterviewId = interviewId,
        EngagementId = Guid.Empty, InterviewerId = interviewerId, InterviewerName = "Ada Lovelace", EngagementTitle = "Backend engineer",
        ScheduledStart = Start + by, ScheduledEnd = Start + by + TimeSpan.FromHours(1), PreviousStart = Start, PreviousEnd = Start.AddHours(1),
    };

    public InterviewCancelled Cancelled(Guid interviewId) => new()
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, OrganizationId = OrganizationId, Ats = Ats, InterviewId = interviewId,
        EngagementId = Guid.Empty, Reason = "Candidate withdrew",
    };
}
