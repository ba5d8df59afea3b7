using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing.Databases;
using Panelist.Testing.Events;

namespace Panelist.Plugins.Tests.Dispatch;

/// <summary>An organization with the template connector installed against a fake ATS, and helpers to raise and read its deliveries.</summary>
internal sealed class DeliveryWorld(TestDatabase database, DispatcherHost host, Guid organizationId, Guid installationId)
{
    public Guid OrganizationId { get; } = organizationId;

    public Guid InstallationId { get; } = installationId;

    /// <summary>The interviewer the raised events name (SDK 1.1's <c>interviewerId</c>); none by default.</summary>
    public Guid? InterviewerId { get; set; }

    public static async Task<DeliveryWorld> CreateAsync(TestDatabase database, DispatcherHost host, string atsBaseUrl, string connectorId = "template")
    {
        var organization = new Organization($"ats-{Guid.NewGuid():N}"[..20], "Delivery test");
        await using (var scope = database.AsSystem(Organization.PlatformId))
        {
            scope.Db.Organizations.Add(organization);
            await scope.Db.SaveChangesAsync();
        }

        await using var services = host.Services.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("test"), organization.Id);
        var db = services.ServiceProvider.GetRequiredService<PanelistDbContext>();
        var secrets = services.ServiceProvider.GetRequiredService<ISecretProtector>().Protect(new Dictionary<string, string> { ["apiKey"] = "test-key" });
        var installation = new ConnectorInstallation(organization.Id, connectorId, "Fake ATS", $$"""{"baseUrl":"{{atsBaseUrl}}"}""", secrets, IntegrationEventType.All);
        db.ConnectorInstallations.Add(installation);
        await db.SaveChangesAsync();
        return new DeliveryWorld(database, host, organization.Id, installation.Id);
    }

    /// <summary>Raises the given events, in order, about one interview each time; returns the interview ids.</summary>
    public async Task<List<Guid>> RaiseAsync(int interviews, params string[] types)
    {
        await using var services = host.Services.CreateAsyncScope();
        services.ServiceProvider.GetRequiredService<RequestContext>().Set(Actor.System("test"), OrganizationId);
        var outbox = services.ServiceProvider.GetRequiredService<Outbox>();
        var unitOfWork = services.ServiceProvider.GetRequiredService<UnitOfWork>();
        var start = DateTimeOffset.UtcNow.AddDays(3);
        var ids = new List<Guid>();
        for (var n = 0; n < interviews; n++)
        {
            var interviewId = Guid.CreateVersion7();
            ids.Add(interviewId);
            foreach (var type in types)
            {
                (await unitOfWork.ExecuteAsync(() =>
                {
                    outbox.Raise(TestEvents.About(type, OrganizationId, interviewId, n, start) with { InterviewerId = InterviewerId });
                    return Task.FromResult(true);
                }, default)).Unwrap();
            }
        }

        return ids;
    }

    public async Task<int> PendingAsync()
    {
        await using var scope = database.AsSystem(OrganizationId);
        return await scope.Db.Deliveries.CountAsync(d => d.Status == DeliveryStatus.Pending);
    }

    public async Task<List<Delivery>> DeliveriesAsync()
    {
        await using var scope = database.AsSystem(OrganizationId);
        return await scope.Db.Deliveries.AsNoTracking().OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).ToListAsync();
    }

    public async Task<ConnectorInstallation> InstallationAsync()
    {
        await using var scope = database.AsSystem(OrganizationId);
        return await scope.Db.ConnectorInstallations.AsNoTracking().SingleAsync(i => i.Id == InstallationId);
    }

    /// <summary>Runs the host's dispatcher until nothing is pending or the time is up.</summary>
    public Task DrainAsync(TimeSpan within) => DrainUntilAsync(async () => await PendingAsync() == 0, within);

    /// <summary>Runs the host's dispatcher until <paramref name="done"/> or the time is up.</summary>
    public async Task DrainUntilAsync(Func<Task<bool>> done, TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        await host.RunAsync(done, deadline.Token);
    }
}
