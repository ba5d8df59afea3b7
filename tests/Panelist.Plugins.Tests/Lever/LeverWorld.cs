using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Plugins.Hosting.Calling;
using Panelist.Plugins.Sdk;
using Panelist.Plugins.Sdk.Events;
using Panelist.Plugins.Tests.Dispatch;
using Panelist.Testing.Databases;
using Actor = Panelist.Domain.Common.Actor;
using IntegrationEvent = Panelist.Plugins.Sdk.Events.IntegrationEvent;

namespace Panelist.Plugins.Tests.Lever;

/// <summary>
/// An organization with the Lever plugin (loaded from artifacts/plugins/lever by the real host) installed against a
/// <see cref="FakeLever"/>, one opportunity, and helpers to raise interview and scorecard events about it.
/// </summary>
internal sealed class LeverWorld(TestDatabase database, DispatcherHost host, Guid organizationId, Guid installationId)
{
    public const string Opportunity = "opp-1";
    public const string TemplateId = "tmpl-backend";

    /// <summary>criterionKey → field, recommendation → field and values, summary → field: what an admin would enter.</summary>
    public const string Mapping = """
        {"ratings":{"design":"f-design","coding":"f-coding"},
         "recommendation":{"field":"f-overall","values":{"StrongNo":"1","No":"2","NoDecision":"0","Yes":"3","StrongYes":"4"}},
         "summary":"f-notes"}
        """;

    public Guid OrganizationId { get; } = organizationId;

    public Guid InstallationId { get; } = installationId;

    public Guid? InterviewerId { get; set; }

    public string? InterviewerTimeZone { get; set; } = "America/New_York";

    public static void Seed(FakeLever lever)
    {
        lever.Opportunities.Add(Opportunity);
        lever.Templates[TemplateId] = ("Backend interview", ["f-design", "f-coding", "f-overall", "f-notes"]);
        lever.Templates["tmpl-frontend"] = ("Frontend interview", ["f-a"]);
        lever.Templates["tmpl-manager"] = ("Manager screen", ["f-b"]);
    }

    public static Dictionary<string, string> Settings(FakeLever lever) => new()
    {
        ["baseUrl"] = lever.BaseUrl, ["performAs"] = FakeLever.ActingUser, ["feedbackTemplateId"] = TemplateId, ["fieldMapping"] = Mapping,
    };

    public static async Task<LeverWorld> CreateAsync(TestDatabase database, DispatcherHost host, Dictionary<string, string> settings, Dictionary<string, string> secrets)
    {
        var organization = new Organization($"lever-{Guid.NewGuid():N}"[..20], "Lever test");
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            scope.Db.Organizations.Add(organization);
            await scope.Db.SaveChangesAsync();
        }

        await using var services = host.Services.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("test"), organization.Id);
        var db = services.ServiceProvider.GetRequiredService<PanelistDbContext>();
        var protectedSecrets = services.ServiceProvider.GetRequiredService<ISecretProtector>().Protect(secrets);
        var installation = new ConnectorInstallation(organization.Id, "lever", "Lever", JsonSerializer.Serialize(settings), protectedSecrets, IntegrationEventType.All);
        db.ConnectorInstallations.Add(installation);
        await db.SaveChangesAsync();
        return new LeverWorld(database, host, organization.Id, installation.Id);
    }

    public async Task RaiseAsync(params IntegrationEvent[] events)
    {
        await using var services = host.Services.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("test"), OrganizationId);
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

    public InterviewScheduled Scheduled(Guid interview, DateTimeOffset start) => Stamp(new InterviewScheduled
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, OrganizationId = OrganizationId, Ats = Ats, InterviewId = interview,
        EngagementId = Guid.Empty, ScheduledStart = start, ScheduledEnd = start.AddMinutes(45),
    });

    public InterviewRescheduled Rescheduled(Guid interview, DateTimeOffset start, DateTimeOffset previous) => Stamp(new InterviewRescheduled
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, OrganizationId = OrganizationId, Ats = Ats, InterviewId = interview,
        EngagementId = Guid.Empty, ScheduledStart = start, ScheduledEnd = start.AddHours(1), PreviousStart = previous, PreviousEnd = previous.AddMinutes(45),
    });

    public InterviewCancelled Cancelled(Guid interview) => Stamp(new InterviewCancelled
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, OrganizationId = OrganizationId, Ats = Ats, InterviewId = interview,
        EngagementId = Guid.Empty, Reason = "Candidate withdrew",
    });

    public ScorecardSubmitted Submitted(Guid interview, Guid scorecard) => Stamp(new ScorecardSubmitted
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, OrganizationId = OrganizationId, Ats = Ats, InterviewId = interview,
        EngagementId = Guid.Empty, ScorecardId = scorecard, Revision = 1, Recommendation = Recommendation.Yes, Summary = "Strong on system design.",
        Ratings = [Rating("design", 4, "Sharded the queue"), Rating("coding", 3, "Clean tests"), Rating("culture", 2, "Not mapped")],
        RubricName = "Backend L2",
    });

    public ScorecardAmended Amended(Guid interview, Guid scorecard) => Stamp(new ScorecardAmended
    {
        EventId = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow, OrganizationId = OrganizationId, Ats = Ats, InterviewId = interview,
        EngagementId = Guid.Empty, ScorecardId = scorecard, Revision = 2, Recommendation = Recommendation.StrongYes, Summary = "Even better on review.",
        Ratings = [Rating("design", 4, "Sharded the queue"), Rating("coding", 4, "Refactored live")], AmendmentReason = "Reviewed the recording",
    });

    public async Task<List<Delivery>> DeliveriesAsync()
    {
        await using var scope = database.AsSystem(OrganizationId);
        return await scope.Db.Deliveries.AsNoTracking().OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).ToListAsync();
    }

    public async Task<List<string>> StoreKeysAsync()
    {
        await using var scope = database.AsSystem(OrganizationId);
        return await scope.Db.ConnectorState.AsNoTracking().Select(s => s.Key).ToListAsync();
    }

    public async Task<ConnectorInstallation> InstallationAsync()
    {
        await using var scope = database.AsSystem(OrganizationId);
        return await scope.Db.ConnectorInstallations.AsNoTracking().SingleAsync(i => i.Id == InstallationId);
    }

    public async Task<SettingValuesResult> ListValuesAsync(string setting) =>
        (await host.Services.GetRequiredService<ConnectorCaller>().ListSettingValuesAsync(await InstallationAsync(), setting, CancellationToken.None)).Result;

    public async Task<ConnectionCheckResult> CheckConnectionAsync() =>
        (await host.Services.GetRequiredService<ConnectorCaller>().CheckConnectionAsync(await InstallationAsync(), CancellationToken.None)).Result;

    /// <summary>Runs the host's dispatcher until nothing is pending or the time is up.</summary>
    public async Task DrainAsync(TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        await host.RunAsync(async () =>
        {
            await using var scope = database.AsSystem(OrganizationId);
            return !await scope.Db.Deliveries.AnyAsync(d => d.Status == DeliveryStatus.Pending);
        }, deadline.Token);
    }

    private static AtsReferences Ats => new() { CandidateId = "contact-1", ApplicationId = Opportunity, JobId = "posting-1" };

    private T Stamp<T>(T e) where T : InterviewEvent =>
        e with { InterviewerName = "Ada Lovelace", InterviewerId = InterviewerId, InterviewerTimeZone = InterviewerTimeZone, EngagementTitle = "Backend hiring" };

    private static ScorecardRating Rating(string key, int rating, string evidence) =>
        new() { CriterionKey = key, CriterionTitle = key.ToUpperInvariant(), Rating = rating, Evidence = evidence };
}
