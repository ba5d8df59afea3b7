using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Sdk.Events;
using Actor = Panelist.Domain.Common.Actor;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Testing.Databases;
using Panelist.Testing.Events;

namespace Panelist.Plugins.Tests.Workday;

/// <summary>An organization with the built Workday plugin installed against a <see cref="FakeWorkday"/>, and helpers to raise and read its deliveries.</summary>
internal sealed class WorkdayWorld(TestDatabase database, DispatcherHost host, Guid organizationId, Guid installationId)
{
    /// <summary>What the tests' installations map: recommendation, one criterion, one rating and one stage.</summary>
    public const string ReferenceMapJson = """
        {
          "recommendations": { "Yes": "RATING-YES", "No": { "type": "WID", "id": "RATING-NO" } },
          "criteria": { "system-design": "COMP-DESIGN" },
          "ratings": { "3": "PROF-3" },
          "stages": { "stage-tech": "ITYPE-TECH" },
          "defaultInterviewer": { "type": "Employee_ID", "id": "21002" }
        }
        """;

    public Guid OrganizationId { get; } = organizationId;

    public Guid InstallationId { get; } = installationId;

    public Guid? InterviewerId { get; set; }

    public static Dictionary<string, string> Settings(FakeWorkday workday) => new()
    {
        ["baseUrl"] = workday.BaseUrl,
        ["tenant"] = FakeWorkday.Tenant,
        ["clientId"] = FakeWorkday.ClientId,
        ["referenceMap"] = ReferenceMapJson,
    };

    public static Dictionary<string, string> Secrets(string refreshToken = FakeWorkday.FirstRefreshToken) => new()
    {
        ["clientSecret"] = FakeWorkday.ClientSecret,
        ["refreshToken"] = refreshToken,
    };

    public static async Task<WorkdayWorld> CreateAsync(TestDatabase database, DispatcherHost host, Dictionary<string, string> settings, Dictionary<string, string> secrets)
    {
        var organization = new Organization($"wd-{Guid.NewGuid():N}"[..20], "Workday test");
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            scope.Db.Organizations.Add(organization);
            await scope.Db.SaveChangesAsync();
        }

        await using var services = host.Services.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("test"), organization.Id);
        var db = services.ServiceProvider.GetRequiredService<PanelistDbContext>();
        var protectedSecrets = services.ServiceProvider.GetRequiredService<ISecretProtector>().Protect(secrets);
        var installation = new ConnectorInstallation(organization.Id, "workday", "Workday", JsonSerializer.Serialize(settings), protectedSecrets, IntegrationEventType.All);
        db.ConnectorInstallations.Add(installation);
        await db.SaveChangesAsync();
        return new WorkdayWorld(database, host, organization.Id, installation.Id);
    }

    /// <summary>A new world on another host over the same database and installation (a restarted replica).</summary>
    public WorkdayWorld On(DispatcherHost other) => new(database, other, OrganizationId, InstallationId) { InterviewerId = InterviewerId };

    /// <summary>Raises scheduled/rescheduled/cancelled events about one new interview on application <c>app-{candidate}</c> in stage <c>stage-tech</c>.</summary>
    public async Task<Guid> RaiseAsync(int candidate, params string[] types)
    {
        var interviewId = Guid.CreateVersion7();
        var start = DateTimeOffset.UtcNow.AddDays(3);
        foreach (var type in types)
        {
            var built = TestEvents.About(type, OrganizationId, interviewId, candidate, start);
            await RaiseAsync(built with { InterviewerId = InterviewerId, Ats = built.Ats with { StageId = "stage-tech" } });
        }

        return interviewId;
    }

    public Task RaiseScorecardAsync(Guid interviewId, int candidate, Recommendation recommendation) => RaiseAsync(new ScorecardSubmitted
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        OrganizationId = OrganizationId,
        Ats = new AtsReferences { JobId = "job-1", CandidateId = $"cand-{candidate}", ApplicationId = $"app-{candidate}", StageId = "stage-tech" },
        InterviewId = interviewId,
        EngagementId = Guid.Empty,
        InterviewerName = "Ada Lovelace",
        InterviewerId = InterviewerId,
        ScorecardId = Guid.CreateVersion7(),
        Revision = 1,
        Ratings =
        [
            new ScorecardRating { CriterionKey = "system-design", CriterionTitle = "System design", Rating = 3, Evidence = "Sharded the queue." },
            new ScorecardRating { CriterionKey = "communication", CriterionTitle = "Communication", Rating = 4, Evidence = "Clear trade-offs." },
        ],
        Recommendation = recommendation,
        Summary = "Solid design skills.",
    });

    /// <summary>The installation's deliveries, read and drained as every delivery test does.</summary>
    public DeliveryWorld Ledger { get; } = new(database, host, organizationId, installationId);

    public Task<int> PendingAsync() => Ledger.PendingAsync();

    public Task<List<Delivery>> DeliveriesAsync() => Ledger.DeliveriesAsync();

    public Task<ConnectorInstallation> InstallationAsync() => Ledger.InstallationAsync();

    public async Task<List<string>> StateKeysAsync()
    {
        await using var scope = database.AsSystem(OrganizationId);
        return await scope.Db.ConnectorState.Select(s => s.Key).OrderBy(k => k).ToListAsync();
    }

    public Task DrainAsync(TimeSpan within) => Ledger.DrainAsync(within);

    private async Task RaiseAsync(Panelist.Plugins.Sdk.Events.IntegrationEvent integrationEvent)
    {
        await using var services = host.Services.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("test"), OrganizationId);
        var outbox = services.ServiceProvider.GetRequiredService<Outbox>();
        (await services.ServiceProvider.GetRequiredService<UnitOfWork>().ExecuteAsync(() =>
        {
            outbox.Raise(integrationEvent);
            return Task.FromResult(true);
        }, default)).Unwrap();
    }
}
