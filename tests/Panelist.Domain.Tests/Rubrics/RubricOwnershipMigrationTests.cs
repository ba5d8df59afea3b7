using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Panelist.Domain.Interviewers;
using Panelist.Domain.Persistence;
using Panelist.Domain.Rubrics;
using Panelist.Domain.Scorecards;
using Panelist.Domain.Tests.Support;
using Panelist.Testing.Databases;

namespace Panelist.Domain.Tests.Rubrics;

/// <summary>
/// A database from when rubrics were the platform's: one rubric shared by two organizations, one used by
/// one organization, one unused. Migrated, each organization owns what it uses and the unused one is a template.
/// </summary>
public sealed class RubricOwnershipMigrationTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Migration_moves_a_single_users_rubric_to_it_makes_an_unused_one_a_template_and_copies_a_shared_one_per_organization(DatabaseProvider provider)
    {
        await using var world = await DomainWorld.CreateAsync(provider);
        var globex = await world.AddClientAsync("globex", "Globex");
        var initech = await world.AddClientAsync("initech", "Initech");
        var globexInterview = await world.CompletedInterviewAsync(DomainWorld.Day(1), globex);
        (await world.SubmitScorecardAsync(globexInterview, DomainWorld.Ratings(3, 2), globex)).Unwrap();
        var acmeInterview = await world.CompletedInterviewAsync(DomainWorld.Day(2));
        (await world.SubmitScorecardAsync(acmeInterview, DomainWorld.Ratings(4, 4))).Unwrap();
        var shared = world.RubricId;
        var sharedVersion = world.RubricVersionId;
        var initechVersion = await world.RubricVersionForAsync(initech.OrganizationId);
        var orphanVersion = await world.RubricVersionForAsync(globex.OrganizationId);

        await using (var scope = world.AsPlatform())
        {
            var db = scope.Db;
            var initechRubric = await db.RubricVersions.IgnoreQueryFilters().Where(v => v.Id == initechVersion).Select(v => v.RubricId).SingleAsync();
            var orphan = await db.RubricVersions.IgnoreQueryFilters().Where(v => v.Id == orphanVersion).Select(v => v.RubricId).SingleAsync();
            var before = await db.RubricVersions.IgnoreQueryFilters().AsNoTracking().SingleAsync(v => v.Id == sharedVersion);
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            var mine = migrations.FindIndex(m => m.EndsWith("_OrganizationRubrics", StringComparison.Ordinal));
            await migrator.MigrateAsync(migrations[mine - 1]);
            // The old shape: rubrics belonged to nobody, and Globex's engagement and scorecard used Acme's rubric too.
            await db.Database.ExecuteSqlAsync($"""UPDATE "Engagements" SET "RubricVersionId" = {sharedVersion} WHERE "OrganizationId" = {globex.OrganizationId}""");
            await db.Database.ExecuteSqlAsync($"""UPDATE "Scorecards" SET "RubricVersionId" = {sharedVersion} WHERE "OrganizationId" = {globex.OrganizationId}""");
            await migrator.MigrateAsync(migrations[^1]);
            db.ChangeTracker.Clear();

            var rubrics = await db.Rubrics.IgnoreQueryFilters().AsNoTracking().Include(r => r.Versions).ToListAsync();
            var keeper = new[] { world.OrganizationId, globex.OrganizationId }.Order().First();
            var other = keeper == world.OrganizationId ? globex.OrganizationId : world.OrganizationId;
            Assert.Equal(keeper, rubrics.Single(r => r.Id == shared).OrganizationId);
            Assert.Equal(initech.OrganizationId, rubrics.Single(r => r.Id == initechRubric).OrganizationId);
            Assert.True(rubrics.Single(r => r.Id == orphan).IsTemplate);

            var copy = Assert.Single(rubrics, r => r.Name == "Backend engineer" && r.OrganizationId == other && r.Id != orphan && r.Id != shared);
            var copiedVersion = Assert.Single(copy.Versions);
            Assert.Equal((before.Number, before.Status, before.PassThreshold, before.PublishedAt), (copiedVersion.Number, copiedVersion.Status, copiedVersion.PassThreshold, copiedVersion.PublishedAt));
            Assert.Equal(before.Criteria.Select(c => (c.Key, c.Title, c.Weight, string.Join('|', c.Anchors))), copiedVersion.Criteria.Select(c => (c.Key, c.Title, c.Weight, string.Join('|', c.Anchors))));
            Assert.Equal(other, copiedVersion.OrganizationId);
            Assert.All(rubrics.SelectMany(r => r.Versions), v => Assert.Equal(rubrics.Single(r => r.Id == v.RubricId).OrganizationId, v.OrganizationId));
            Assert.All(rubrics.SelectMany(r => r.Versions), v => Assert.Equal((4, 4), (v.ScaleLevels, v.ScaleAnchors.Count)));

            var otherVersion = other == globex.OrganizationId ? copiedVersion.Id : sharedVersion;
            var keeperVersion = keeper == globex.OrganizationId ? copiedVersion.Id : sharedVersion;
            Assert.All(await db.Engagements.IgnoreQueryFilters().Where(e => e.OrganizationId == other).Select(e => e.RubricVersionId).ToListAsync(),
                v => Assert.Equal(other == globex.OrganizationId ? copiedVersion.Id : sharedVersion, v));
            Assert.All(await db.Scorecards.IgnoreQueryFilters().Where(s => s.OrganizationId == other).Select(s => s.RubricVersionId).ToListAsync(), v => Assert.Equal(otherVersion, v));
            Assert.All(await db.Scorecards.IgnoreQueryFilters().Where(s => s.OrganizationId == keeper).Select(s => s.RubricVersionId).ToListAsync(), v => Assert.Equal(keeperVersion, v));
            Assert.True(await db.Set<Certification>().AnyAsync(c => c.InterviewerId == world.InterviewerId && c.RubricId == copy.Id),
                "The interviewer certified on the shared rubric is certified on each organization's copy.");
        }

        // The migrated rows work: Globex's interviewer scores its next interview on Globex's own version.
        var next = await world.CompletedInterviewAsync(DomainWorld.Day(3), globex);
        var card = (await world.SubmitScorecardAsync(next, DomainWorld.Ratings(2, 3), globex)).Unwrap();
        await using var read = world.AsPlatform();
        var globexVersion = await read.Db.Engagements.IgnoreQueryFilters().Where(e => e.Id == globex.EngagementId).Select(e => e.RubricVersionId).SingleAsync();
        Assert.Equal(globexVersion, card.RubricVersionId);
        Assert.Equal(globex.OrganizationId, await read.Db.RubricVersions.IgnoreQueryFilters().Where(v => v.Id == globexVersion).Select(v => v.OrganizationId).SingleAsync());
    }
}
