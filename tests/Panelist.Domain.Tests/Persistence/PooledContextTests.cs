using Microsoft.EntityFrameworkCore;
using Panelist.Domain.Changes;
using Panelist.Domain.Persistence;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Persistence;

/// <summary>The DbContext is pooled: a context handed to the next request keeps nothing of the last one.</summary>
public sealed class PooledContextTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task A_context_back_from_the_pool_sees_only_its_next_request_s_organization_and_tracks_nothing(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var globex = await world.AddClientAsync("globex", "Globex");

        await using (var acme = world.AsClientAdmin())
        {
            Assert.Contains(await acme.Db.Engagements.ToListAsync(), e => e.Id == world.EngagementId);
        }

        await using var next = world.AsClientAdmin(globex.OrganizationId);
        // The pool is a queue holding every context the arranging returned, so the next rent is one of them, leased again.
        Assert.True(next.Db.ContextId.Lease > 1, $"lease {next.Db.ContextId.Lease}: a fresh context, not one from the pool");
        Assert.Empty(next.Db.ChangeTracker.Entries());
        var engagements = await next.Db.Engagements.ToListAsync();
        Assert.Equal(globex.EngagementId, Assert.Single(engagements).Id);
        Assert.Null(await next.Db.Engagements.FirstOrDefaultAsync(e => e.Id == world.EngagementId));
    }

    /// <summary>SQLite only: its bus announces in process, so the test hears exactly what was published.</summary>
    [Fact]
    public async Task Changes_saved_in_a_transaction_that_never_committed_are_not_announced_by_the_context_s_next_request()
    {
        await using var world = await DomainWorld.CreateAsync(DatabaseProvider.Sqlite);
        var globex = await world.AddClientAsync("globex", "Globex");
        var heard = new Recorder();
        await using (var setup = world.AsPlatform())
        {
            using var subscription = setup.Get<ChangeBus>().Subscribe(heard);
            await using (var abandoned = world.AsClientAdmin())
            {
                await using var transaction = await abandoned.Db.Database.BeginTransactionAsync();
                var engagement = await abandoned.Db.Engagements.SingleAsync(e => e.Id == world.EngagementId);
                abandoned.Db.Entry(engagement).State = EntityState.Modified;
                await abandoned.Db.SaveChangesAsync();
            }

            await using (var next = world.AsClientAdmin(globex.OrganizationId))
            {
                var engagement = await next.Db.Engagements.SingleAsync(e => e.Id == globex.EngagementId);
                next.Db.Entry(engagement).State = EntityState.Modified;
                await next.Db.SaveChangesAsync();
            }
        }

        Assert.Contains(heard.Notices, n => n.SubjectId == globex.EngagementId);
        Assert.DoesNotContain(heard.Notices, n => n.SubjectId == world.EngagementId);
    }

    private sealed class Recorder : IChangeListener
    {
        public List<ChangeNotice> Notices { get; } = [];

        public void OnChange(ChangeNotice notice) => Notices.Add(notice);

        public void OnResync(DateTime since)
        {
        }
    }
}
