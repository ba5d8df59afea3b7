using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Panelist.Api.Audits;
using Panelist.Api.Tests.Support;
using Panelist.Domain.Organizations;
using Panelist.Domain.Persistence;
using Panelist.Testing.Api;
using Panelist.Testing.Databases;

namespace Panelist.Api.Tests.Audits;

/// <summary>The periodic signer: once per interval on the host's clock, only where a head moved, one checkpoint per head across replicas.</summary>
public sealed class AuditCheckpointSignerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task The_signer_signs_at_start_and_each_interval_only_the_heads_that_moved(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var database = await TestDatabase.CreateAsync(provider);
        var moving = await FlowApi.CreateOrganizationAsync(database, "Moving GmbH");
        var quiet = await FlowApi.CreateOrganizationAsync(database, "Quiet GmbH");
        await AuditChains.AppendAsync(database, moving, 3);
        await AuditChains.AppendAsync(database, quiet, 2);
        await using var api = new PanelistApiFactory(database, ("Audit:CheckpointsEnabled", "true"), ("Audit:CheckpointInterval", "01:00:00"))
        {
            TestServices = s => s.AddSingleton<TimeProvider>(clock),
        };
        var signer = api.Services.GetRequiredService<AuditCheckpointSigner>();

        await RoundsAsync(signer, 1);
        Assert.Equal(Sorted((moving, 3), (quiet, 2)), await CheckpointsAsync(database));

        clock.Advance(Interval);
        await RoundsAsync(signer, 2);
        Assert.Equal(2, (await CheckpointsAsync(database)).Count);

        await AuditChains.AppendAsync(database, moving, 2);
        clock.Advance(Interval - TimeSpan.FromMinutes(1));
        await Task.Delay(200);
        Assert.Equal(2, signer.CompletedRounds);
        clock.Advance(TimeSpan.FromMinutes(1));
        await RoundsAsync(signer, 3);
        Assert.Equal(Sorted((moving, 3), (moving, 5), (quiet, 2)), await CheckpointsAsync(database));
        await using var scope = database.AsSystem(moving);
        var newest = await scope.Db.AuditCheckpoints.OrderByDescending(c => c.Sequence).FirstAsync();
        Assert.Equal(clock.GetUtcNow().UtcDateTime, newest.SignedAt, TimeSpan.FromMilliseconds(1));
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Two_replicas_signing_at_once_make_one_checkpoint_per_head(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organizations = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            organizations.Add(await FlowApi.CreateOrganizationAsync(database, $"Race {i} Ltd"));
        }

        await using var first = new PanelistApiFactory(database);
        await using var second = new PanelistApiFactory(database);
        var signers = new[] { first, second }.Select(api => api.Services.GetRequiredService<AuditCheckpointSigner>()).ToArray();
        var made = 0;
        for (var round = 1; round <= 4; round++)
        {
            foreach (var organization in organizations)
            {
                await AuditChains.AppendAsync(database, organization, round);
            }

            var counts = await Task.WhenAll(signers.SelectMany(s => new[] { s.SignRoundAsync(default), s.SignRoundAsync(default) }));
            made += counts.Sum();
        }

        var checkpoints = await CheckpointsAsync(database);
        Assert.Equal(organizations.Count * 4, checkpoints.Count);
        Assert.Equal(checkpoints.Count, made);
        Assert.Equal(checkpoints.Count, checkpoints.Distinct().Count());
        Assert.All(organizations, o => Assert.Equal([1L, 3L, 6L, 10L], checkpoints.Where(c => c.Organization == o).Select(c => c.Sequence)));
    }

    private static async Task RoundsAsync(AuditCheckpointSigner signer, int rounds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (signer.CompletedRounds < rounds)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The signer finished {signer.CompletedRounds} rounds, not {rounds}.");
            await Task.Delay(20);
        }

        Assert.Equal(rounds, signer.CompletedRounds);
    }

    private static List<(Guid Organization, long Sequence)> Sorted(params (Guid Organization, long Sequence)[] rows) =>
        [.. rows.OrderBy(r => r.Organization).ThenBy(r => r.Sequence)];

    private static async Task<List<(Guid Organization, long Sequence)>> CheckpointsAsync(TestDatabase database)
    {
        await using var scope = database.AsSystem(Organization.PlatformId);
        var rows = await scope.Db.AuditCheckpoints.IgnoreQueryFilters().Select(c => new { c.OrganizationId, c.Sequence }).ToListAsync();
        return Sorted([.. rows.Select(r => (r.OrganizationId, r.Sequence))]);
    }
}
