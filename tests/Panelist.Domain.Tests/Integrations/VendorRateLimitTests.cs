using Panelist.Domain.Common;
using Panelist.Domain.Integrations;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Integrations;

/// <summary>The vendor's allowance is one per installation, shared by every dispatcher through the database.</summary>
public sealed class VendorRateLimitTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Calls_from_several_dispatchers_draw_from_one_allowance_per_window(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        Guid installationId;
        await using (var scope = world.AsClientAdmin())
        {
            var installation = new ConnectorInstallation(world.OrganizationId, "greenhouse", "Greenhouse", "{}", "", [IntegrationEventType.InterviewScheduled]);
            scope.Db.ConnectorInstallations.Add(installation);
            await scope.Db.SaveChangesAsync();
            installationId = installation.Id;
        }

        var answers = new List<TimeSpan?>();
        for (var call = 0; call < 4; call++)
        {
            // A new scope per call, as two replicas taking turns would.
            await using var replica = world.Database.Scope(Actor.System($"dispatcher-{call % 2}"), Guid.Empty);
            answers.Add(await replica.Get<VendorRateLimit>().TryTakeAsync(installationId, 3, TimeSpan.FromHours(1), default));
        }

        Assert.Equal([null, null, null], answers.Take(3));
        Assert.True(answers[3] > TimeSpan.Zero && answers[3] <= TimeSpan.FromHours(1));
    }
}
